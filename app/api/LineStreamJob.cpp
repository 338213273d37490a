#include "LineStreamJob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace gatehouse {

namespace {
constexpr qint64 kReadAhead = 4 * 1024 * 1024;
} // namespace

LineStreamJob::LineStreamJob(QNetworkAccessManager *nam, const QUrl &url, const QByteArray &token,
                             LineHandler onLine, QObject *parent)
    : NetworkJob(nam, parent)
    , m_url(url)
    , m_token(token)
    , m_onLine(std::move(onLine))
{
    // A long answer is fine as long as it keeps coming.
    setTimeout(std::chrono::hours(1));
    m_idle.setInterval(std::chrono::seconds(15));
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(Error{u"net.timeout"_qs,
                   QCoreApplication::translate("NetworkJob", "The server did not answer in time."),
                   m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) +
                       u": nothing arrived for %1 ms"_qs.arg(m_idle.interval())});
        abort();
    });
}

QNetworkReply *LineStreamJob::sendRequest(QNetworkAccessManager *nam)
{
    QNetworkRequest request = makeRequest(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/x-ndjson");
    // Accept-Encoding is left to QNetworkAccessManager: it asks for gzip and
    // decompresses as the bytes arrive.
    QNetworkReply *reply = nam->get(request);
    // While lines are being handled (stored), the network thread reads on
    // only this far ahead: memory stays bounded and the server waits.
    reply->setReadBufferSize(kReadAhead);
    m_idle.start();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readLines(reply); });
    connect(reply, &QNetworkReply::finished, this, [this] { m_idle.stop(); });
    return reply;
}

void LineStreamJob::readLines(QNetworkReply *reply)
{
    m_idle.start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An error body is left for the base class to read.
    if (status < 200 || status >= 300 || m_stopped)
        return;
    consume(reply->readAll());
    // The idle timeout is about the server, not about the time spent
    // handling what it sent.
    m_idle.start();
}

void LineStreamJob::handleSuccess(QNetworkReply *reply, const QByteArray &body)
{
    if (reply->error() != QNetworkReply::NoError) {
        // The answer began and then broke off: what arrived whole was handed
        // on; the broken last line is not.
        fail(Error{u"net.interrupted"_qs,
                   QCoreApplication::translate("NetworkJob",
                                               "The connection broke before the answer ended."),
                   m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) + u": "_qs +
                       reply->errorString()});
        return;
    }
    consume(body);
    if (!m_stopped && !m_partial.isEmpty()) {
        const QByteArray last = std::exchange(m_partial, {});
        if (!m_onLine(last))
            m_stopped = true;
    }
}

void LineStreamJob::consume(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_stopped)
        return;
    m_bytes += bytes.size();
    qsizetype start = 0;
    QByteArrayView view(bytes);
    if (!m_partial.isEmpty()) {
        const qsizetype newline = view.indexOf('\n');
        if (newline < 0) {
            m_partial += bytes;
            return;
        }
        m_partial += view.first(newline);
        const QByteArray line = std::exchange(m_partial, {});
        if (!m_onLine(line)) {
            m_stopped = true;
            abort();
            return;
        }
        start = newline + 1;
    }
    while (start < view.size()) {
        const qsizetype newline = view.indexOf('\n', start);
        if (newline < 0) {
            m_partial = view.sliced(start).toByteArray();
            return;
        }
        if (newline > start && !m_onLine(view.sliced(start, newline - start))) {
            m_stopped = true;
            abort();
            return;
        }
        start = newline + 1;
    }
}

} // namespace gatehouse
