#include "SignInErrors.h"

#include <QCoreApplication>
#include <QHash>

namespace gatehouse::signin {

int exitCodeFor(const Error &error)
{
    static const QHash<QString, int> codes{
        {kUnreachable, ExitUnreachable},     {kCancelled, ExitCancelled},
        {kTimedOut, ExitTimedOut},           {kDenied, ExitDenied},
        {kStateMismatch, ExitStateMismatch}, {kIssuerMismatch, ExitIssuerMismatch},
        {kTokenRejected, ExitTokenRejected}, {kKeychainUnavailable, ExitKeychainUnavailable},
        {kSessionEnded, ExitSessionEnded},   {kNotSignedIn, ExitNotSignedIn},
        {kCodeRejected, ExitCodeRejected},
    };
    if (error.isNull())
        return 0;
    return codes.value(error.code, ExitProviderError);
}

Error fromNetwork(const Error &error)
{
    if (error.code == u"net.unreachable" || error.code == u"net.timeout" ||
        error.code == u"net.tls" || error.code.startsWith(u"http.5"))
        return Error{
            kUnreachable,
            QCoreApplication::translate("SignIn", "The identity provider could not be reached: %1")
                .arg(error.message),
            error.logText()};
    if (error.code == u"oauth.invalid_grant")
        return Error{kSessionEnded,
                     QCoreApplication::translate(
                         "SignIn", "Your session has ended at the identity provider (it was "
                                   "signed out, expired, or a used refresh token was presented "
                                   "again). Please sign in again."),
                     error.logText()};
    return Error{kProviderError,
                 QCoreApplication::translate("SignIn", "The identity provider refused: %1")
                     .arg(error.message),
                 error.logText()};
}

Error fromCodeExchange(const Error &error)
{
    if (error.code == u"oauth.invalid_grant")
        return Error{kCodeRejected,
                     QCoreApplication::translate(
                         "SignIn", "The identity provider did not accept the sign-in code (it "
                                   "was already used, has expired, or was not issued for this "
                                   "sign-in). Nothing was signed in; start the sign-in again."),
                     error.logText()};
    return fromNetwork(error);
}

Error fromTokenCheck(const Error &error)
{
    if (error.code.startsWith(u"signin."))
        return error;
    return Error{
        kTokenRejected,
        QCoreApplication::translate("SignIn", "The identity provider's ID token was rejected: %1")
            .arg(error.message),
        error.code + u": "_qs + error.detail};
}

} // namespace gatehouse::signin
