#include "GrantStateDelegate.h"

#include "GrantsModel.h"

#include <QApplication>
#include <QStyle>

namespace gatehouse {

void GrantStateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(GrantsModel::MeshProblemRole).toString().isEmpty())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, option, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace gatehouse
