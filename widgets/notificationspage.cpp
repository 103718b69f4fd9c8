#include "widgets/notificationspage.h"

#include "models/alerts/notificationdeliverymodel.h"
#include "widgets/findfilter.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Wk {

NotificationsPage::NotificationsPage(NotificationDeliveryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QSortFilterProxyModel(this))
    , m_problems(new QSortFilterProxyModel(this))
{
    setAccessibleName(tr("Notifications"));
    m_text->setSourceModel(model);
    m_text->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_text->setFilterKeyColumn(-1);
    // Failed or retrying rows only, when asked.
    m_problems->setSourceModel(m_text);
    m_problems->setFilterRole(NotificationDeliveryModel::FailureRole);
    m_problems->setFilterKeyColumn(0);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = makeFindFilter(this, tr("Notification filter"),
                              tr("Filter by channel, alert, event or reason (Ctrl+F)"));
    connect(m_filter, &QLineEdit::textChanged, this, &NotificationsPage::setTextFilter);
    bar->addWidget(m_filter, 1);
    m_problemsOnly = new QCheckBox(tr("&Problems only"), this);
    m_problemsOnly->setToolTip(tr("Show only notifications that failed or wait for a retry"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, &NotificationsPage::setProblemsOnly);
    bar->addWidget(m_problemsOnly);
    m_summary = new QLabel(this);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("Notification deliveries"));
    m_view->setModel(m_problems);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const quint64 id = index.data(NotificationDeliveryModel::AlertIdRole).toULongLong();
        if (id)
            Q_EMIT alertActivated(id);
    });

    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= m_view->verticalScrollBar()->maximum();
    });
    connect(m_problems, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_stickToBottom)
            m_view->scrollToBottom();
        updateSummary();
    });
    connect(m_problems, &QAbstractItemModel::rowsRemoved, this, &NotificationsPage::updateSummary);
    connect(m_problems, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateSummary);
    m_view->scrollToBottom();
    updateSummary();
}

void NotificationsPage::setTextFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_text->setFilterFixedString(text);
    updateSummary();
}

void NotificationsPage::setProblemsOnly(bool only)
{
    if (m_problemsOnly->isChecked() != only)
        m_problemsOnly->setChecked(only);
    m_problems->setFilterFixedString(only ? QStringLiteral("true") : QString());
    updateSummary();
}

int NotificationsPage::visibleRows() const
{
    return m_problems->rowCount();
}

QString NotificationsPage::summaryText() const
{
    return m_summary->text();
}

void NotificationsPage::updateSummary()
{
    const int failed = m_model ? m_model->count(NotificationDelivery::Outcome::Failed) : 0;
    const int retrying = m_model ? m_model->count(NotificationDelivery::Outcome::Retrying) : 0;
    m_summary->setText(
        tr("%1 shown · %2 failed · %3 retrying").arg(visibleRows()).arg(failed).arg(retrying));
}

} // namespace Wk
