#include "AccessLogModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

namespace gatehouse {

AccessLogModel::AccessLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccessLogModel::setSource(PageSource source)
{
    m_source = std::move(source);
    reload();
}

void AccessLogModel::reload()
{
    if (m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_source;
    m_error = {};
    if (m_source) {
        auto page = m_source(nullptr, m_pageSize);
        if (page) {
            m_rows = std::move(page.value());
            m_atEnd = m_rows.size() < m_pageSize;
        } else {
            m_error = page.error();
            m_atEnd = true;
        }
    }
    endResetModel();
    Q_EMIT loaded();
}

int AccessLogModel::insertNewer(const NewerSource &source)
{
    if (m_busy || !m_source)
        return 0;
    if (m_rows.isEmpty()) {
        reload();
        return int(m_rows.size());
    }
    auto newer = [&] {
        const QScopedValueRollback busy(m_busy, true);
        return source(m_rows.first(), m_pageSize);
    }();
    if (!newer) {
        m_error = newer.error();
        Q_EMIT loaded();
        return 0;
    }
    QList<AccessLogEntry> &lines = newer.value();
    if (lines.size() >= m_pageSize) { // a gap would open between them and the rows
        reload();
        return int(m_rows.size());
    }
    if (lines.isEmpty())
        return 0;
    const int count = int(lines.size());
    beginInsertRows({}, 0, count - 1);
    lines += m_rows;
    m_rows = std::move(lines);
    endInsertRows();
    Q_EMIT loaded();
    return count;
}

const AccessLogEntry *AccessLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_source || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    auto page = m_source(m_rows.isEmpty() ? nullptr : &m_rows.last(), m_pageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        Q_EMIT loaded();
        return;
    }
    m_error = {};
    const QList<AccessLogEntry> &more = page.value();
    m_atEnd = more.size() < m_pageSize;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }
    Q_EMIT loaded();
}

QString AccessLogModel::flagsText(const AccessLogEntry &e)
{
    QStringList flags;
    if (e.flagged)
        flags.append(tr("forged identity header"));
    if (e.unknownHost())
        flags.append(tr("unknown host"));
    if (!e.hasDecision)
        flags.append(tr("no decision"));
    return flags.join(u", "_qs);
}

QString AccessLogModel::decisionText(const AccessLogEntry &e)
{
    if (!e.hasDecision)
        return tr("No decision was recorded for this request.");
    const QString who = e.caller().isEmpty() ? tr("an anonymous caller") : e.caller();
    const QString what = e.method + u' ' + e.path;
    if (e.allowed && !e.grantId.isEmpty())
        return tr("Allowed by grant %1: %2 → %3 %4").arg(e.grantId, who, e.service, what);
    if (e.allowed)
        return tr("Allowed without a grant (%1): %2 → %3 %4").arg(e.reason, who, e.service, what);
    if (e.unknownHost())
        return tr("Denied: %1 (%2 %3)").arg(e.reason, who, what);
    return tr("Denied: %1 (%2 → %3 %4)").arg(e.reason, who, e.service, what);
}

QString AccessLogModel::grantNote(const Grant &g, const QDateTime &now)
{
    const auto at = [](const QDateTime &t) {
        return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_qs);
    };
    QStringList parts;
    if (!g.approvedBy.isEmpty())
        parts.append(tr("approved by %1").arg(g.approvedBy));
    else if (!g.requestedBy.isEmpty())
        parts.append(tr("granted by %1").arg(g.requestedBy));
    if (g.revokedAt.isValid())
        parts.append(tr("revoked by %1 at %2").arg(g.revokedBy, at(g.revokedAt)));
    else if (g.expiresAt.isValid())
        parts.append(now < g.expiresAt ? tr("expires %1").arg(at(g.expiresAt))
                                       : tr("expired at %1").arg(at(g.expiresAt)));
    return parts.join(u", "_qs);
}

QString AccessLogModel::kindText(const QString &kind)
{
    if (kind == u"user")
        return tr("person");
    if (kind == u"group")
        return tr("group");
    if (kind == u"service")
        return tr("service");
    if (kind == u"agent")
        return tr("agent");
    return kind;
}

QString AccessLogModel::durationText(qint64 us)
{
    if (us < 1000)
        return tr("%1 µs").arg(us);
    if (us < 1000000)
        return tr("%1 ms").arg(QLocale().toString(double(us) / 1000.0, 'f', 1));
    return tr("%1 s").arg(QLocale().toString(double(us) / 1e6, 'f', 2));
}

QVariant AccessLogModel::display(const AccessLogEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return e.loggedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_qs);
    case CallerColumn:
        return e.caller().isEmpty() ? tr("(anonymous)") : e.caller();
    case ServiceColumn:
        return e.service.isEmpty() ? e.host : e.service;
    case MethodColumn:
        return e.method;
    case PathColumn:
        return e.path;
    case StatusColumn:
        return e.status;
    case DecisionColumn:
        return !e.hasDecision ? QString() : e.allowed ? tr("allow") : tr("deny");
    case GrantColumn:
        return e.grantId;
    case DurationColumn:
        return durationText(e.durationUs);
    case BytesColumn:
        return e.size;
    case ClientIpColumn:
        return e.remoteIp;
    case FlagsColumn:
        return flagsText(e);
    default:
        return {};
    }
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AccessLogEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::DecorationRole:
        if (index.column() == CallerColumn && !e.subjectKind.isEmpty())
            return m_kindIcons.value(e.subjectKind);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CallerColumn && !e.subjectKind.isEmpty())
            return e.reason.isEmpty() ? kindText(e.subjectKind)
                                      : kindText(e.subjectKind) + u" · "_qs + e.reason;
        if (index.column() == DecisionColumn || index.column() == CallerColumn)
            return e.reason;
        if (index.column() == FlagsColumn && e.flagged)
            return e.flagReason;
        if (index.column() == ServiceColumn)
            return e.host;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn && e.hasDecision)
            return QBrush(e.allowed ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb3, 0x26, 0x1e));
        if (index.column() == StatusColumn && e.status >= 500)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == FlagsColumn)
            return QBrush(QColor(0x9a, 0x67, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn ||
            index.column() == BytesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return e.id;
    case AllowedRole:
        return e.hasDecision && e.allowed;
    case FlaggedRole:
        return e.flagged || e.unknownHost();
    case SubjectKindRole:
        return e.subjectKind;
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CallerColumn:
        return tr("Caller");
    case ServiceColumn:
        return tr("Service / host");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DecisionColumn:
        return tr("Decision");
    case GrantColumn:
        return tr("Grant");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Bytes");
    case ClientIpColumn:
        return tr("Client IP");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace gatehouse
