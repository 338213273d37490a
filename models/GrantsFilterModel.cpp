#include "GrantsFilterModel.h"

#include "GrantsModel.h"

namespace gatehouse {

GrantsFilterModel::GrantsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_states{GrantState::Active, GrantState::Pending}
{
    setSortRole(GrantsModel::SortRole);
    setDynamicSortFilter(false); // the countdown must not reshuffle rows every second
}

void GrantsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (auto *old = qobject_cast<GrantsModel *>(sourceModel()))
        disconnect(old, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    // Sorting and filtering are not dynamic (the countdown would reshuffle rows
    // every second); a new list from the control plane re-runs both.
    if (auto *grants = qobject_cast<GrantsModel *>(model))
        connect(grants, &GrantsModel::grantsReplaced, this, [this] { invalidate(); });
}

void GrantsFilterModel::setStates(const QSet<GrantState> &states)
{
    m_states = states;
    invalidateFilter();
}

void GrantsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool GrantsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const GrantsModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->grants().size())
        return false;
    const Grant &g = model->grants().at(sourceRow);
    if (!m_states.contains(g.state))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field : {g.subject, g.service, g.reason, g.requestedBy, g.ticket})
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace gatehouse
