#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace gatehouse {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

Error checkEndpointUrl(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{u"url.invalid"_qs,
                     QCoreApplication::translate("UrlPolicy", "The %1 address is not a valid URL.")
                         .arg(what),
                     url.toString()};
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return {};
    return Error{u"url.insecure"_qs,
                 QCoreApplication::translate("UrlPolicy",
                                             "The %1 address must use https (plain http is "
                                             "allowed only on this computer's loopback address).")
                     .arg(what),
                 url.toString()};
}

} // namespace gatehouse
