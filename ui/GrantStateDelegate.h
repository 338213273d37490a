#pragma once

#include <QStyledItemDelegate>

namespace gatehouse {

// The grants table's State column: a warning icon on grants whose policy is
// not applied in the mesh (GrantsModel::MeshProblemRole), the style's own
// icon so it follows the desktop theme.
class GrantStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gatehouse
