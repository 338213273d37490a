#pragma once

#include "grants/Grant.h"
#include "logs/AccessLogEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <functional>

namespace gatehouse {

// The access log, newest first, read in windows: the first page when the
// source is set, the next one when a view scrolls to the end (fetchMore), so
// the rows in memory are the ones looked at, never the whole log.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        CallerColumn,
        ServiceColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DecisionColumn,
        GrantColumn,
        DurationColumn,
        BytesColumn,
        ClientIpColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, AllowedRole, FlaggedRole, SubjectKindRole };

    // The page after `after` (nullptr: the newest), at most `limit` rows,
    // newest first.
    using PageSource =
        std::function<Result<QList<AccessLogEntry>>(const AccessLogEntry *after, int limit)>;

    // The lines newer than `newest`, at most `limit`, newest first.
    using NewerSource =
        std::function<Result<QList<AccessLogEntry>>(const AccessLogEntry &newest, int limit)>;

    explicit AccessLogModel(QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    // The icon beside a caller, by kind ("user", "group", "service",
    // "agent"); a line whose kind is unknown gets none.
    void setKindIcons(const QHash<QString, QIcon> &icons) { m_kindIcons = icons; }
    int pageSize() const { return m_pageSize; }
    // Starts again from the newest line of `source` (a new filter or range).
    void setSource(PageSource source);
    // Reads the first window again (new lines arrived).
    void reload();
    // Live follow: puts the lines newer than the first row above it (rows
    // inserted, not a reset, so selection and views stay where they are).
    // Reads everything again when there are more than a page of them or no
    // rows yet. Returns how many rows came in.
    int insertNewer(const NewerSource &source);
    const AccessLogEntry *entry(int row) const;
    // The last read error, empty when the last read worked.
    Error lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString flagsText(const AccessLogEntry &entry);
    // The decision in words: "Allowed by grant 42: bob → payments GET /v1/",
    // "Denied: <the control plane's reason>".
    static QString decisionText(const AccessLogEntry &entry);
    static QString durationText(qint64 us);
    // A caller's kind in words ("person", "group", "service", "agent"); empty when unknown.
    static QString kindText(const QString &kind);
    // Who gave a grant and how long it runs, to follow "Allowed by grant 42":
    // "approved by alice, expires 2026-12-07 16:31:07 UTC".
    static QString grantNote(const Grant &grant, const QDateTime &now);

Q_SIGNALS:
    void loaded(); // a window was read (or failed: see lastError())

private:
    QVariant display(const AccessLogEntry &e, int column) const;

    PageSource m_source;
    QList<AccessLogEntry> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_busy = false; // views may ask for more while rows are going in
    Error m_error;
    QHash<QString, QIcon> m_kindIcons;
};

} // namespace gatehouse
