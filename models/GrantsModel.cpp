#include "GrantsModel.h"

#include "DurationText.h"

#include <QBrush>
#include <QColor>

namespace gatehouse {

GrantsModel::GrantsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int GrantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grants.size());
}

int GrantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Grant *GrantsModel::grantById(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_grants[row];
}

int GrantsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_grants.size(); ++i)
        if (m_grants[i].id == id)
            return i;
    return -1;
}

void GrantsModel::setGrants(const QList<Grant> &grants)
{
    // Same ids in the same order: update in place, so views keep selection and scroll.
    bool sameRows = grants.size() == m_grants.size();
    for (int i = 0; sameRows && i < grants.size(); ++i)
        sameRows = grants[i].id == m_grants[i].id;
    if (sameRows) {
        m_grants = grants;
        if (!m_grants.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT grantsReplaced();
        return;
    }
    beginResetModel();
    m_grants = grants;
    endResetModel();
    Q_EMIT grantsReplaced();
}

void GrantsModel::setGrant(const Grant &grant)
{
    const int row = rowOf(grant.id);
    if (row >= 0) {
        m_grants[row] = grant;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, 0, 0);
        m_grants.prepend(grant);
        endInsertRows();
    }
    Q_EMIT grantsReplaced();
}

void GrantsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_grants.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn),
                           {Qt::DisplayRole, SortRole});
}

QString GrantsModel::scopeText(const Grant &g)
{
    const QString methods =
        g.methods.contains(u"*"_qs) ? tr("any method") : g.methods.join(u", "_qs);
    return g.pathPrefixes == QStringList{u"/"_qs}
               ? methods
               : tr("%1 on %2").arg(methods, g.pathPrefixes.join(u", "_qs));
}

QString GrantsModel::stateText(GrantState state)
{
    switch (state) {
    case GrantState::Pending:
        return tr("Pending approval");
    case GrantState::Active:
        return tr("Active");
    case GrantState::Denied:
        return tr("Denied");
    case GrantState::Revoked:
        return tr("Revoked");
    case GrantState::Expired:
        return tr("Expired");
    case GrantState::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

QString GrantsModel::meshProblemText(const Grant &g)
{
    if (!g.mesh || g.mesh->state != GrantMeshState::State::Failed)
        return {};
    return tr("not applied in the mesh: %1").arg(g.mesh->error);
}

QString GrantsModel::timeLeftText(const Grant &g) const
{
    switch (g.state) {
    case GrantState::Active:
        if (g.startsAt > m_now.addSecs(5)) // clocks differ by a little; that is not "later"
            return tr("starts in %1")
                .arg(formatDuration(std::chrono::seconds(m_now.secsTo(g.startsAt))));
        if (g.expiresAt > m_now)
            return formatDuration(std::chrono::seconds(m_now.secsTo(g.expiresAt)));
        return tr("ending…");
    case GrantState::Pending:
        return g.reviewBy.isValid() && g.reviewBy > m_now
                   ? tr("review within %1")
                         .arg(formatDuration(std::chrono::seconds(m_now.secsTo(g.reviewBy))))
                   : QString();
    default:
        return QString();
    }
}

QVariant GrantsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_grants.size())
        return {};
    const Grant &g = m_grants[index.row()];
    switch (role) {
    case GrantIdRole:
        return g.id;
    case StateRole:
        return int(g.state);
    case ExpiresAtRole:
        return g.expiresAt;
    case MeshProblemRole:
        return meshProblemText(g);
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1 → %2, %3\nfrom %4 until %5\nreason: %6%7")
                .arg(g.subject, g.service, scopeText(g), g.startsAt.toLocalTime().toString(),
                     g.expiresAt.toLocalTime().toString(), g.reason,
                     g.ticket.isEmpty() ? QString() : tr("\nticket: %1").arg(g.ticket));
        if (const QString problem = meshProblemText(g); !problem.isEmpty())
            tip = problem +
                  tr("\nsince %1, %n attempt(s), next at %2", nullptr, g.mesh->attempts)
                      .arg(g.mesh->since.toLocalTime().toString(),
                           g.mesh->nextAttempt.toLocalTime().toString()) +
                  u"\n\n"_qs + tip;
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            if (!meshProblemText(g).isEmpty())
                return QBrush(QColor(0xb3, 0x26, 0x1e));
            if (g.state == GrantState::Active)
                return QBrush(QColor(0x1a, 0x7f, 0x37));
            if (g.state == GrantState::Pending)
                return QBrush(QColor(0x9a, 0x67, 0x00));
            return QBrush(QColor(0x6e, 0x77, 0x81));
        }
        return {};
    case SortRole:
        if (index.column() == TimeLeftColumn)
            return g.state == GrantState::Active ? m_now.secsTo(g.expiresAt)
                                                 : std::numeric_limits<qint64>::max();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return g.subjectKind == SubjectKind::User
                       ? g.subject
                       : u"%1 (%2)"_qs.arg(g.subject, toString(g.subjectKind));
        case ServiceColumn:
            return g.service;
        case ScopeColumn:
            return scopeText(g);
        case StateColumn:
            if (role == Qt::DisplayRole && !meshProblemText(g).isEmpty())
                return tr("%1, not in the mesh").arg(stateText(g.state));
            return stateText(g.state);
        case TimeLeftColumn:
            return timeLeftText(g);
        case ReasonColumn:
            return g.ticket.isEmpty() ? g.reason : u"%1 [%2]"_qs.arg(g.reason, g.ticket);
        case RequestedByColumn:
            return g.requestedBy;
        }
        return {};
    default:
        return {};
    }
}

QVariant GrantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Who");
    case ServiceColumn:
        return tr("Service");
    case ScopeColumn:
        return tr("Scope");
    case StateColumn:
        return tr("State");
    case TimeLeftColumn:
        return tr("Time left");
    case ReasonColumn:
        return tr("Reason");
    case RequestedByColumn:
        return tr("Requested by");
    }
    return {};
}

} // namespace gatehouse
