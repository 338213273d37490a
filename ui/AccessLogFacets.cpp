#include "AccessLogFacets.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;

bool isOperatorChar(QChar c)
{
    return c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u'~';
}

bool isWordChar(QChar c)
{
    return !c.isSpace() && !isOperatorChar(c) && c != u'"' && c != u'\'';
}

// The value as the filter language reads it back; empty when it cannot be.
QString quotedValue(const QString &value)
{
    const bool bare = !value.isEmpty() && std::all_of(value.begin(), value.end(), isWordChar) &&
                      value.compare(u"and"_qs, Qt::CaseInsensitive) != 0 &&
                      value.compare(u"or"_qs, Qt::CaseInsensitive) != 0;
    if (bare)
        return value;
    if (!value.contains(u'"'))
        return u'"' + value + u'"';
    if (!value.contains(u'\''))
        return u'\'' + value + u'\'';
    return {};
}

// The "or" branches of a filter text, split at the bare word "or".
QStringList orBranches(const QString &text)
{
    QStringList branches;
    int start = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            const int close = int(text.indexOf(c, i + 1));
            i = close < 0 ? n : close + 1;
        } else if (isWordChar(c)) {
            const int wordStart = i;
            while (i < n && isWordChar(text.at(i)))
                ++i;
            if (QStringView(text)
                    .mid(wordStart, i - wordStart)
                    .compare(u"or", Qt::CaseInsensitive) == 0) {
                branches.append(text.mid(start, wordStart - start).trimmed());
                start = i;
            }
        } else {
            ++i;
        }
    }
    branches.append(text.mid(start).trimmed());
    return branches;
}

QString placeholderFor(AccessLogFacets::Kind kind)
{
    switch (kind) {
    case AccessLogFacets::Callers:
        return AccessLogFacets::tr("(anonymous)");
    case AccessLogFacets::Services:
        return AccessLogFacets::tr("(unknown host)");
    default:
        return AccessLogFacets::tr("(none)");
    }
}
} // namespace

QString filterNarrowedTo(const QString &text, const QString &field, const QString &value)
{
    const QString quoted = quotedValue(value);
    if (quoted.isEmpty())
        return text;
    const QString term = field + u" = "_qs + quoted;
    if (text.trimmed().isEmpty())
        return term;
    QStringList branches = orBranches(text);
    for (QString &branch : branches)
        branch = branch + u" and "_qs + term;
    return branches.join(u" or "_qs);
}

QString AccessLogFacets::fieldOf(Kind kind)
{
    switch (kind) {
    case Callers:
        return u"user"_qs;
    case Services:
        return u"service"_qs;
    case Statuses:
        return u"status"_qs;
    default:
        return u"reason"_qs;
    }
}

AccessLogFacets::AccessLogFacets(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"logFacets"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::array<std::pair<const char16_t *, QString>, KindCount> kinds{
        std::pair{u"facetCallers", tr("Top callers")},
        std::pair{u"facetServices", tr("Top services")},
        std::pair{u"facetStatuses", tr("Top statuses")},
        std::pair{u"facetDenyReasons", tr("Top deny reasons")}};
    for (int k = 0; k < KindCount; ++k) {
        auto *title = new QLabel(u"<b>%1</b>"_qs.arg(kinds.at(k).second.toHtmlEscaped()));
        auto *list = new QListWidget;
        list->setObjectName(QString::fromUtf16(kinds.at(k).first));
        list->setToolTip(tr("Click (or press Enter on) a value to add it to the filter."));
        list->setUniformItemSizes(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideMiddle);
        const int rowHeight = list->fontMetrics().height() + 4;
        list->setFixedHeight(rowHeight * 5 + 2 * list->frameWidth() + 2);
        title->setBuddy(list);
        layout->addWidget(title);
        layout->addWidget(list);
        m_lists.append(list);
        const auto kind = Kind(k);
        const auto choose = [this, kind](QListWidgetItem *item) {
            Q_EMIT chosen(fieldOf(kind), item->data(kValueRole).toString());
        };
        // Enter, or a click where the style activates items on one click.
        connect(list, &QListWidget::itemActivated, this, choose);
        connect(list, &QListWidget::itemClicked, this, [list, choose](QListWidgetItem *item) {
            if (!list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr,
                                          list))
                choose(item);
        });
    }
    layout->addStretch(1);
}

void AccessLogFacets::setCounts(Kind kind, const Counts &counts)
{
    QListWidget *list = m_lists.at(kind);
    list->clear();
    const QLocale locale;
    for (const auto &[value, count] : counts) {
        const QString shown = value.isEmpty() ? placeholderFor(kind) : value;
        auto *item = new QListWidgetItem(u"%1 — %2"_qs.arg(locale.toString(count), shown));
        item->setData(kValueRole, value);
        item->setToolTip(shown);
        list->addItem(item);
    }
}

} // namespace gatehouse
