#include "GraphPageToolbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::graph {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

} // namespace

GraphPageToolbar::GraphPageToolbar(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_fit(toolButton(this, u"graphFit"_qs, tr("Fit"), tr("Fit the graph in view (F)")))
    , m_zoomIn(toolButton(this, u"graphZoomIn"_qs, tr("+"), tr("Zoom in (+)")))
    , m_zoomOut(toolButton(this, u"graphZoomOut"_qs, tr("\u2212"), tr("Zoom out (-)")))
    , m_who(new QPushButton(tr("Who can reach this service?"), this))
    , m_what(new QPushButton(tr("What can this subject reach?"), this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"graphToolbar"_qs);
    m_query->setObjectName(u"graphQuery"_qs);
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("owner = payments-team and expires < 1h   (Ctrl+F)"));
    m_query->setAccessibleName(tr("Find or hide expression"));
    m_query->setToolTip(tr("Fields: owner, subject, service, team, kind, name, health, "
                           "sensitivity, approval, expires, source, state, method.\n"
                           "Combine with and / or; quote values; * is a wildcard."));
    m_mode->setObjectName(u"graphQueryMode"_qs);
    m_mode->addItem(tr("Find"));
    m_mode->addItem(tr("Hide"));
    m_mode->setAccessibleName(tr("Find or hide matching nodes"));
    m_who->setObjectName(u"graphWhoCanReach"_qs);
    m_what->setObjectName(u"graphWhatCanReach"_qs);
    m_error->setObjectName(u"graphQueryError"_qs);
    m_error->setStyleSheet(u"color: #c5221f;"_qs);
    m_error->setWordWrap(true);
    m_error->hide();
    m_status->setObjectName(u"graphStatus"_qs);
    m_status->setStyleSheet(u"color: #5f6368;"_qs);
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_query, 1);
    row->addWidget(m_mode);
    row->addSpacing(8);
    row->addWidget(m_fit);
    row->addWidget(m_zoomOut);
    row->addWidget(m_zoomIn);
    row->addSpacing(8);
    row->addWidget(m_who);
    row->addWidget(m_what);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(6, 6, 6, 2);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_error);
    column->addWidget(m_status);

    setTabOrder(m_query, m_mode);
    setTabOrder(m_mode, m_fit);
    setTabOrder(m_fit, m_zoomOut);
    setTabOrder(m_zoomOut, m_zoomIn);
    setTabOrder(m_zoomIn, m_who);
    setTabOrder(m_who, m_what);
}

bool GraphPageToolbar::hideMode() const
{
    return m_mode->currentIndex() == 1;
}

void GraphPageToolbar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_status->clear();
}

void GraphPageToolbar::showStatus(const QString &message)
{
    m_status->setText(message);
}

} // namespace gatehouse::graph
