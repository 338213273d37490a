#include "EndpointStatusModel.h"

#include <QBrush>
#include <QColor>

namespace gatehouse {

EndpointStatusModel::EndpointStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EndpointStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndpointStatusModel::stateText(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Not checked");
    case State::Checking:
        return tr("Checking…");
    case State::Up:
        return tr("Reachable");
    case State::Down:
        return tr("Unreachable");
    case State::Misconfigured:
        return tr("Misconfigured");
    }
    return {};
}

QVariant EndpointStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &e = m_endpoints.at(index.row());
    if (role == StateRole)
        return QVariant::fromValue(e.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case UrlColumn:
            return e.url.toDisplayString();
        case StateColumn:
            return stateText(e.state);
        case DetailColumn:
            return e.detail;
        }
    }
    if (role == Qt::ToolTipRole && e.checkedAt.isValid())
        return tr("Checked at %1 UTC").arg(e.checkedAt.toString(u"HH:mm:ss"_qs));
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (e.state == State::Up)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (e.state == State::Down)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (e.state == State::Misconfigured)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
    }
    return {};
}

QVariant EndpointStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Endpoint");
    case UrlColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

void EndpointStatusModel::setEndpoints(const QList<Endpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

void EndpointStatusModel::setState(const QString &id, State state, const QString &detail)
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        Endpoint &e = m_endpoints[row];
        if (e.id != id)
            continue;
        e.state = state;
        e.detail = detail;
        e.checkedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

bool EndpointStatusModel::allUp() const
{
    return !m_endpoints.isEmpty() &&
           std::all_of(m_endpoints.begin(), m_endpoints.end(),
                       [](const Endpoint &e) { return e.state == State::Up; });
}

} // namespace gatehouse
