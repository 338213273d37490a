#include "StaticIdp.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace gatehouse::test {

StaticIdp::StaticIdp() = default;

StaticIdp::~StaticIdp()
{
    release(); // no held answer outlives the test
}

bool StaticIdp::start()
{
    m_server.route(u"/.well-known/openid-configuration"_qs, [this](const QHttpServerRequest &) {
        const QJsonObject document{
            {u"issuer"_qs, m_issuer.toString()},
            {u"jwks_uri"_qs, QString(m_issuer.toString() + u"/jwks"_qs)},
            {u"id_token_signing_alg_values_supported"_qs, QJsonArray{u"RS256"_qs}}};
        return QHttpServerResponse(document);
    });
    m_server.route(u"/jwks"_qs, [this](const QHttpServerRequest &) {
        ++m_jwksRequests;
        QJsonArray keys{m_key.publicJwk(u"static-1"_qs)};
        if (m_rotatedPublished)
            keys.append(m_rotated.publicJwk(u"static-2"_qs));
        const QJsonObject body{{u"keys"_qs, keys}};
        // Answered from the thread pool so that a held answer blocks nobody here.
        return QtConcurrent::run([gate = m_held ? m_gate : nullptr, body] {
            if (gate) {
                (void)gate->try_acquire_for(std::chrono::seconds(60));
                gate->release();
            }
            return QHttpServerResponse(body);
        });
    });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    m_issuer = QUrl(u"http://127.0.0.1:%1"_qs.arg(port));
    return port != 0;
}

void StaticIdp::holdKeySet()
{
    m_gate = std::make_shared<std::counting_semaphore<>>(0);
    m_held = true;
}

void StaticIdp::release()
{
    if (m_gate)
        m_gate->release();
    m_held = false;
}

QJsonObject StaticIdp::claims(const QString &user, const QStringList &groups,
                              const QJsonObject &overrides) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject c{{u"iss"_qs, m_issuer.toString()},
                  {u"sub"_qs, user},
                  {u"aud"_qs, apiAudience()},
                  {u"iat"_qs, now},
                  {u"exp"_qs, now + 300},
                  {u"jti"_qs, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {u"client_id"_qs, u"gatehouse-console"_qs},
                  {u"preferred_username"_qs, user},
                  {u"groups"_qs, QJsonArray::fromStringList(groups)}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            c.remove(it.key());
        else
            c.insert(it.key(), it.value());
    }
    return c;
}

QByteArray StaticIdp::token(const QString &user, const QStringList &groups,
                            const QJsonObject &overrides) const
{
    return makeJwt(
        {{u"alg"_qs, u"RS256"_qs}, {u"typ"_qs, u"at+jwt"_qs}, {u"kid"_qs, u"static-1"_qs}},
        claims(user, groups, overrides), m_key);
}

QByteArray StaticIdp::forgedToken(const QString &user, const QStringList &groups) const
{
    return makeJwt(
        {{u"alg"_qs, u"RS256"_qs}, {u"typ"_qs, u"at+jwt"_qs}, {u"kid"_qs, u"static-1"_qs}},
        claims(user, groups, {}), m_forger);
}

QByteArray StaticIdp::tokenWithRotatedKey(const QString &user, const QStringList &groups,
                                          const QJsonObject &overrides)
{
    m_rotatedPublished = true;
    return makeJwt(
        {{u"alg"_qs, u"ES256"_qs}, {u"typ"_qs, u"at+jwt"_qs}, {u"kid"_qs, u"static-2"_qs}},
        claims(user, groups, overrides), m_rotated);
}

} // namespace gatehouse::test
