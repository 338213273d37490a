#include "BrowserLauncher.h"

#include "SessionLogging.h"
#include "SignInErrors.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>

namespace gatehouse {

SignInFlow::BrowserLauncher makeBrowserLauncher(const QString &command, BrowserMode mode)
{
    return [command, mode](const QUrl &url) -> Error {
        const auto failed = [](const QString &detail) {
            return Error{
                signin::kBrowser,
                QCoreApplication::translate("BrowserLauncher", "The browser could not be opened."),
                detail};
        };
        if (!command.isEmpty()) {
            QStringList arguments = QProcess::splitCommand(command);
            if (arguments.isEmpty())
                return failed(u"empty browser command"_qs);
            const QString program = arguments.takeFirst();
            arguments.append(url.toString(QUrl::FullyEncoded));
            if (!QProcess::startDetached(program, arguments))
                return failed(u"cannot start "_qs + program);
            qCInfo(lcSession) << "handed the sign-in page to" << program;
            return {};
        }
        if (mode == BrowserMode::PrintOnly)
            return {};
        if (!QDesktopServices::openUrl(url))
            return failed(u"QDesktopServices::openUrl failed"_qs);
        return {};
    };
}

} // namespace gatehouse
