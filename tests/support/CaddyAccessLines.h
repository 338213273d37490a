#pragma once

#include <QByteArray>
#include <QStringBuilder>

namespace gatehouse::test {

// One line of Caddy 2.6's JSON access log ("handled request"), line feed
// included, as `log { format json }` writes it: request n, for `uri` on `host`,
// with a forged X-Gatehouse-User from the client and decision id "d-<n>".
inline QByteArray caddyAccessLine(int n, const QByteArray &uri = "/v1/charges?token=secret",
                                  const QByteArray &host = "payments.localhost")
{
    return QByteArray(R"({"level":"info","ts":1796011741.)") + QByteArray::number(100000 + n) +
           R"(,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"127.0.0.1","method":"GET","host":")" +
           host + R"(","uri":")" + uri +
           R"(","headers":{"X-Gatehouse-User":["mallory"]}},"user_id":"bob","duration":0.0012,"size":12,"status":200,"resp_headers":{"X-Gatehouse-Decision-Id":["d-)" +
           QByteArray::number(n) + R"("]}})" + '\n';
}

} // namespace gatehouse::test
