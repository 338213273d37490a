#pragma once

#include "DecisionLog.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace gatehouse::server {

// One stored access-log line joined to its decision, as the API shows it.
struct AccessLogRow
{
    QString id;
    qint64 atUs = 0;
    QString method;
    QString host;
    QString path;
    int status = 0;
    qint64 durationUs = 0;
    qint64 size = 0;
    QString remoteIp;
    QString userId;
    QString decisionId;
    bool flagged = false;
    QString flagReason;
    bool joined = false; // the decision was found
    QString subject;
    QString subjectKind;
    QString service;
    bool allowed = false;
    QString reason;
    QString grantId;

    // The item of GET /v1/access-log.
    QJsonObject toJson() const;
    // The same item as one line of compact JSON (no newline), written
    // directly: the export writes a million of them.
    void appendJson(QByteArray &out) const;
};

// Where a reader of the access log stands: after line number `seq` in the
// order lines were stored. Written "seq:<n>". The older "<microseconds>:<id>"
// cursors (ordered by the line's own time) are still read.
struct AccessLogPosition
{
    qint64 seq = 0;
    static QString format(qint64 seq) { return u"seq:"_qs + QString::number(seq); }
};

// The access-log lines one caller may read (all of them, or those of the
// services they own), as the API shows them, read in the order they were
// stored. The listing and the bulk export both read through here.
class AccessLogRows
{
public:
    // seesAll: on-call, auditors, admins. Otherwise only `services`' lines
    // (none when empty).
    AccessLogRows(QString connectionName, bool seesAll, QStringList services);

    // The number of the last line stored; every line up to it is committed.
    [[nodiscard]] Result<qint64> lastSeq() const;
    // The position an `after` cursor stands for: "seq:<n>", or an older
    // time cursor (continues from the first line after it in time, so a few
    // lines may come again, none is missed). Nullopt: not a cursor.
    [[nodiscard]] std::optional<Result<qint64>> resolve(const QString &cursor) const;
    // Calls `line` for at most `limit` readable lines with after < seq <= upTo,
    // in order. Returns the seq of the last line examined (readable or not):
    // the position to continue from.
    using LineFn = std::function<void(const AccessLogRow &line)>;
    [[nodiscard]] Result<qint64> read(qint64 after, qint64 upTo, int limit,
                                      const LineFn &line) const;

private:
    QString m_connection;
    bool m_seesAll;
    QStringList m_services;
};

} // namespace gatehouse::server
