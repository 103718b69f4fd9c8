#include "incidentspanel.h"

#include "thememanager.h"

#include "models/core/duration.h"
#include "models/incidents/incidentfiltermodel.h"
#include "models/incidents/incidentlistmodel.h"

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Wk {

namespace {

HealthStatus statusOfSeverity(int severity)
{
    return severity <= 1   ? HealthStatus::Unhealthy
           : severity == 2 ? HealthStatus::Degraded
                           : HealthStatus::Unknown;
}

QString line(const QModelIndex &i)
{
    return QStringLiteral("%1 %2 · %3 · %4 · %5")
        .arg(i.data(IncidentListModel::SeverityKeyRole).toString(),
             i.data(IncidentListModel::SeverityNameRole).toString(),
             i.data(IncidentListModel::TitleRole).toString(),
             i.data(IncidentListModel::StageNameRole).toString(),
             humanAge(i.data(IncidentListModel::AgeMsRole).toLongLong()));
}

class LineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        const Theme &t = ThemeManager::current();
        return QSize(200, QFontMetrics(t.font(t.normalPt)).height() + 2 * t.spacing);
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &i) const override
    {
        const Theme &t = ThemeManager::current();
        const QRect r = option.rect.adjusted(t.spacing, 2, -t.spacing, -2);
        const HealthStatus s = statusOfSeverity(i.data(IncidentListModel::SeverityRole).toInt());
        p->save();
        // The severity as a badge with its key written on it: never colour alone.
        p->setFont(t.font(t.normalPt, true));
        const QString key = i.data(IncidentListModel::SeverityKeyRole).toString();
        const int badgeW = p->fontMetrics().horizontalAdvance(key) + 2 * t.spacing;
        const QRect badge(r.left(), r.top(), badgeW, r.height());
        p->setPen(Qt::NoPen);
        p->setBrush(t.statusColour(s));
        p->drawRoundedRect(badge, t.radius, t.radius);
        p->setPen(t.onStatus);
        p->drawText(badge, Qt::AlignCenter, key);
        p->setPen(t.text);
        p->setFont(t.font(t.normalPt));
        const QString rest = QStringLiteral("%1 · %2 · %3")
                                 .arg(i.data(IncidentListModel::TitleRole).toString(),
                                      i.data(IncidentListModel::StageNameRole).toString(),
                                      humanAge(i.data(IncidentListModel::AgeMsRole).toLongLong()));
        const QRect text = r.adjusted(badgeW + t.spacing, 0, 0, 0);
        p->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                    p->fontMetrics().elidedText(rest, Qt::ElideRight, text.width()));
        p->restore();
    }
};

} // namespace

IncidentsPanel::IncidentsPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new IncidentFilterModel(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(tr("No open incidents"), this))
{
    m_filter->setSourceModel(model);
    m_filter->setOpenOnly(true);
    m_filter->setSortRole(IncidentListModel::SeverityRole);
    m_filter->sort(0, Qt::AscendingOrder);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new LineDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Open incidents"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &IncidentsPanel::update);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &IncidentsPanel::update);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &IncidentsPanel::update);
    update();
}

void IncidentsPanel::update()
{
    m_empty->setVisible(m_filter->rowCount() == 0);
    m_list->setVisible(m_filter->rowCount() > 0);
}

int IncidentsPanel::shownCount() const
{
    return m_filter->rowCount();
}

QString IncidentsPanel::lineText(int row) const
{
    return line(m_filter->index(row, 0));
}

} // namespace Wk
