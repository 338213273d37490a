#pragma once

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace gatehouse::test {

// The Kuma release lines a control plane can answer as. Each accepts the
// MeshTrafficPermission shapes its own validator accepts.
enum class KumaLine {
    V2_11, // `spec.from` only
    V2_14, // `spec.from` or `spec.rules` (2.12 and later 2.x)
    V3,    // `spec.rules` only; top-level targetRef Mesh or Dataplane
};

// Kuma's control plane cannot run here. This stands in for its REST API with
// the recorded responses in tests/fixtures/kuma/ (verbatim golden files of
// kumahq/kuma v2.14.3 and master) and records what Gatehouse writes. Writes
// are checked the way the emulated line's validator checks them (see
// validate() in KumaDouble.cpp): a fake built from recordings and from the
// validator source, not a Kuma.
class KumaDouble
{
public:
    struct Write
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        int status = 0;  // what the double answered
        qint64 atMs = 0; // when it arrived (ms since the epoch)
    };

    bool start(KumaLine line = KumaLine::V2_14);
    // The control plane restarts, possibly as another release: a new
    // instance id in `GET /`, other formats in `/_resources`, another validator.
    void restartAs(KumaLine line);
    KumaLine line() const { return m_line; }
    // Every answer is sent this much later (the request is taken at once).
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    // Writes and deletes of policies whose name or body contains `fragment`
    // (a grant id, a subject) are answered with a 500.
    void failPolicy(const QString &fragment) { m_failing.append(fragment); }
    void clearFailures() { m_failing.clear(); }

    // A policy someone else wrote (not through gatehoused); false when the
    // emulated line's validator refuses it.
    bool addPolicy(const QJsonObject &policy);

    QUrl url() const { return m_url; }
    const QList<Write> &writes() const { return m_writes; }
    int writesTo(const QString &policyName, const QByteArray &method) const;
    QJsonObject policy(const QString &mesh, const QString &name) const
    {
        return m_policies.value(mesh + u'/' + name);
    }
    bool hasPolicy(const QString &mesh, const QString &name) const
    {
        return m_policies.contains(mesh + u'/' + name);
    }
    int policyCount() const { return int(m_policies.size()); }
    int resourcesReads() const { return m_resourcesReads; }
    int requests() const { return m_requests; } // every request that arrived

    // The violations the emulated line's validator reports for an MTP body
    // (empty: accepted). Public so tests can check the double itself.
    static QStringList validate(KumaLine line, const QJsonObject &policy);

private:
    QHttpServer m_server;
    QUrl m_url;
    KumaLine m_line = KumaLine::V2_14;
    int m_instance = 1;
    int m_resourcesReads = 0;
    int m_requests = 0;
    std::chrono::milliseconds m_delay{0};
    QStringList m_failing;
    QList<Write> m_writes;
    QHash<QString, QJsonObject> m_policies;
};

QByteArray kumaFixture(const QString &name);
QString toString(KumaLine line);

} // namespace gatehouse::test
