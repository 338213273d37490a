#include "EdgeHost.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse {

namespace {

bool isPort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    bool ok = false;
    const uint port = text.toUInt(&ok);
    return ok && port <= 65535 &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isLabel(QStringView label)
{
    static const QRegularExpression re(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_qs);
    return re.match(label).hasMatch();
}

} // namespace

QString normalisedEdgeHost(const QString &text)
{
    QString host = text.trimmed();
    // An IPv6 literal: "[::1]" or "[::1]:8443".
    if (host.startsWith(u'[')) {
        const auto close = host.indexOf(u']');
        if (close < 0)
            return {};
        const QStringView rest = QStringView(host).mid(close + 1);
        if (!rest.isEmpty() && !(rest.startsWith(u':') && isPort(rest.mid(1))))
            return {};
        QHostAddress address;
        if (!address.setAddress(host.mid(1, close - 1)) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return {};
        return u'[' + address.toString().toLower() + u']';
    }
    const auto colon = host.indexOf(u':');
    if (colon >= 0) {
        if (!isPort(QStringView(host).mid(colon + 1)))
            return {};
        host.truncate(colon);
    }
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return {};
    // toAce() folds case and maps international names to their xn-- form;
    // it returns nothing for what IDNA refuses.
    host = QString::fromLatin1(QUrl::toAce(host.toLower())).toLower();
    if (host.isEmpty() || host.size() > 253 || host.endsWith(u'.'))
        return {};
    const auto labels = QStringView(host).split(u'.');
    for (const QStringView label : labels) {
        if (!isLabel(label))
            return {};
    }
    return host;
}

} // namespace gatehouse
