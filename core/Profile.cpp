#include "Profile.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>

namespace gatehouse {

Error Profile::validate() const
{
    if (Error e = checkEndpointUrl(controlPlaneUrl,
                                   QCoreApplication::translate("Profile", "control plane"));
        !e.isNull())
        return e;
    if (Error e = checkEndpointUrl(issuer, QCoreApplication::translate("Profile", "issuer"));
        !e.isNull())
        return e;
    if (clientId.isEmpty())
        return Error{u"profile.client_id"_qs,
                     QCoreApplication::translate("Profile", "The profile has no client ID."),
                     {}};
    return {};
}

} // namespace gatehouse
