#pragma once

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace gatehouse::test {

// Kuma's control plane cannot run here. This stands in for its REST API with
// the recorded responses in tests/fixtures/kuma/ (verbatim golden files of
// kumahq/kuma v2.14.3 and master) and records what Gatehouse writes.
class KumaDouble
{
public:
    struct Write
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };

    // `offerFrom`/`offerRules`: which MeshTrafficPermission formats /_resources
    // advertises (the recorded 2.14 answer offers both).
    bool start(bool offerFrom = true, bool offerRules = true);
    QUrl url() const { return m_url; }
    const QList<Write> &writes() const { return m_writes; }
    QJsonObject policy(const QString &mesh, const QString &name) const
    {
        return m_policies.value(mesh + u'/' + name);
    }
    int policyCount() const { return int(m_policies.size()); }

private:
    QHttpServer m_server;
    QUrl m_url;
    QList<Write> m_writes;
    QHash<QString, QJsonObject> m_policies;
};

QByteArray kumaFixture(const QString &name);

} // namespace gatehouse::test
