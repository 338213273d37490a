#include "FormPostJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace gatehouse {

namespace {
// RFC 6749 Appendix B: application/x-www-form-urlencoded, where QUrlQuery
// would leave '+', '&' and '=' in values ambiguous.
QByteArray encodeForm(const QUrlQuery &form)
{
    QByteArray out;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
} // namespace

FormPostJob::FormPostJob(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                         QObject *parent)
    : NetworkJob(nam, parent)
    , m_url(url)
    , m_body(encodeForm(form))
{}

QNetworkReply *FormPostJob::sendRequest(QNetworkAccessManager *nam)
{
    QNetworkRequest request = makeRequest(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Token endpoints must not be cached (RFC 6749 §5.1); neither should the request.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return nam->post(request, m_body);
}

void FormPostJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    if (!body.trimmed().isEmpty()) // RFC 7009: revocation answers with an empty 200
        m_object = parseObject(body, m_url);
}

} // namespace gatehouse
