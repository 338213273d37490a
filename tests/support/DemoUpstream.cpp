#include "DemoUpstream.h"

#include "TestEnvironment.h"

namespace gatehouse::test {

DemoUpstream::DemoUpstream()
    : m_process(u"upstream"_qs)
{}

bool DemoUpstream::start(const QString &name)
{
    if (!m_process.start(QString::fromLatin1(kNode),
                         {QString::fromLatin1(kSourceDir) + u"/scripts/demo-upstream.mjs"_qs,
                          u"--name"_qs, name, u"--port"_qs, u"0"_qs}))
        return false;
    const auto up = m_process.waitForOutput(QRegularExpression(u"url=http://(\\S+)$"_qs),
                                            std::chrono::seconds(20));
    m_address = up.hasMatch() ? up.captured(1) : QString();
    return up.hasMatch();
}

} // namespace gatehouse::test
