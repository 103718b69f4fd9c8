#include "widgets/incidentboard.h"

#include "models/incidents/incidentfiltermodel.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/incidentrepository.h"
#include "widgets/incidentcarddelegate.h"
#include "widgets/incidentcolumnview.h"
#include "widgets/incidentdetailpane.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Wk {

IncidentBoard::IncidentBoard(QWidget *parent)
    : QWidget(parent)
    , m_theme(ThemeManager::current())
{
    setAccessibleName(tr("Incident board"));
    m_delegate = new IncidentCardDelegate(
        [this] { return m_clock ? m_clock->nowMs() : SystemClock::instance()->nowMs(); }, this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Filters and the status line.
    m_filterBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(6, 4, 6, 4);
    auto *severityLabel = new QLabel(tr("Severity:"), m_filterBar);
    bar->addWidget(severityLabel);
    for (IncidentSeverity s : IncidentSeverities::all()) {
        auto *button = new QToolButton(m_filterBar);
        button->setText(IncidentSeverities::key(s));
        button->setCheckable(true);
        button->setToolTip(tr("Show only %1 incidents (with the other ticked severities)")
                               .arg(IncidentSeverities::label(s)));
        button->setAccessibleName(tr("Filter %1").arg(IncidentSeverities::label(s)));
        button->setProperty("severity", int(s));
        connect(button, &QToolButton::toggled, this, &IncidentBoard::applyFilters);
        bar->addWidget(button);
        m_severityButtons << button;
    }
    m_mine = new QCheckBox(tr("&Mine"), m_filterBar);
    m_mine->setToolTip(tr("Only incidents I command or am assigned to"));
    m_openOnly = new QCheckBox(tr("&Open only"), m_filterBar);
    m_openOnly->setToolTip(tr("Hide closed incidents"));
    connect(m_mine, &QCheckBox::toggled, this, &IncidentBoard::applyFilters);
    connect(m_openOnly, &QCheckBox::toggled, this, &IncidentBoard::applyFilters);
    bar->addSpacing(12);
    bar->addWidget(m_mine);
    bar->addWidget(m_openOnly);
    bar->addStretch();
    outer->addWidget(m_filterBar);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(8, 2, 8, 2);
    m_status->setAccessibleName(tr("Incident board status"));
    outer->addWidget(m_status);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *columns = new QWidget(m_splitter);
    auto *columnsLayout = new QHBoxLayout(columns);
    columnsLayout->setContentsMargins(6, 0, 6, 6);
    for (IncidentStage stage : IncidentStages::all()) {
        auto *box = new QWidget(columns);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(4);
        auto *header = new QLabel(box);
        header->setToolTip(IncidentStages::description(stage));
        auto *view = new IncidentColumnView(stage, box);
        view->setItemDelegate(m_delegate);
        header->setBuddy(view);
        boxLayout->addWidget(header);
        boxLayout->addWidget(view, 1);
        columnsLayout->addWidget(box, 1);
        m_headers.insert(stage, header);
        m_columns.insert(stage, view);
        connect(
            view, &IncidentColumnView::moveRequested, this,
            [this](qint64 id, int version, IncidentStage to) { moveIncident(id, version, to); });
        connect(view, &IncidentColumnView::stepRequested, this,
                [this](qint64 id, int version, int direction) {
                    const auto inc = m_repository ? m_repository->incident(id) : std::nullopt;
                    if (!inc)
                        return;
                    const auto to = direction < 0 ? IncidentStages::previous(inc->stage)
                                                  : IncidentStages::next(inc->stage);
                    if (to)
                        moveIncident(id, version, *to);
                });
        connect(view, &IncidentColumnView::neighbourRequested, this,
                [this, stage](int direction) { focusColumn(stage, direction); });
        connect(view, &IncidentColumnView::currentIncidentChanged, this, [this, view](qint64 id) {
            if (id == 0 || id == m_selected)
                return;
            // One selection on the whole board.
            for (IncidentColumnView *other : std::as_const(m_columns)) {
                if (other != view)
                    other->clearSelection();
            }
            m_selected = id;
            m_detail->setIncident(id);
            Q_EMIT selectionChanged(id);
        });
    }
    m_detail = new IncidentDetailPane(m_splitter);
    m_detail->setMinimumWidth(400);
    m_splitter->setChildrenCollapsible(false);
    connect(m_detail, &IncidentDetailPane::writeFinished, this, &IncidentBoard::report);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    outer->addWidget(m_splitter, 1);

    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this,
            &IncidentBoard::applyTheme);
    applyTheme();
    updateHeaders();
    updateStatus();
}

IncidentBoard::~IncidentBoard()
{
    stopTick();
}

void IncidentBoard::setRepository(IncidentRepository *repository, Clock *clock)
{
    stopTick();
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    for (IncidentColumnView *view : std::as_const(m_columns))
        view->setModel(nullptr);
    qDeleteAll(m_filters);
    m_filters.clear();
    delete m_model;
    m_model = nullptr;
    m_repository = repository;
    m_clock = clock ? clock : SystemClock::instance();
    m_selected = 0;
    m_detail->setRepository(repository, m_clock);
    if (m_repository) {
        m_model = new IncidentListModel(m_repository, m_clock, this);
        for (IncidentStage stage : IncidentStages::all()) {
            auto *filter = new IncidentFilterModel(this);
            filter->setSourceModel(m_model);
            filter->setStage(stage);
            m_filters.insert(stage, filter);
            m_columns.value(stage)->setModel(filter);
            connect(filter, &QAbstractItemModel::rowsInserted, this, &IncidentBoard::updateHeaders);
            connect(filter, &QAbstractItemModel::rowsRemoved, this, &IncidentBoard::updateHeaders);
            connect(filter, &QAbstractItemModel::modelReset, this, &IncidentBoard::updateHeaders);
            connect(filter, &QAbstractItemModel::layoutChanged, this,
                    &IncidentBoard::updateHeaders);
        }
        connect(m_repository, &IncidentRepository::connectionChanged, this,
                &IncidentBoard::updateStatus);
        connect(m_repository, &IncidentRepository::queueChanged, this,
                &IncidentBoard::updateStatus);
        connect(m_repository, &IncidentRepository::changeRefused, this,
                [this](const IncidentChange &, const QString &message, const Incident &) {
                    m_lastProblem = Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' +
                                    tr("Not applied after reconnecting: %1").arg(message);
                    updateStatus();
                });
        connect(m_repository, &IncidentRepository::incidentRenumbered, this,
                [this](qint64 oldId, qint64 newId) {
                    if (m_selected == oldId)
                        selectIncident(newId);
                });
        applyFilters();
    }
    updateHeaders();
    updateStatus();
    if (isVisible())
        scheduleTick();
}

void IncidentBoard::setWallMode(bool wall)
{
    m_wall = wall;
    m_filterBar->setVisible(!wall);
    m_detail->setVisible(!wall);
    m_detail->setReadOnly(wall);
    for (IncidentColumnView *view : std::as_const(m_columns))
        view->setReadOnly(wall);
    m_delegate->setCompact(wall);
    applyTheme();
    applyFilters(); // the wall shows what is going on: no Closed column
}

void IncidentBoard::applyTheme()
{
    // The wall is read from across a room: its large type even when the app's theme is not.
    m_theme = m_wall && ThemeManager::current().variant != Theme::Variant::Wall
                  ? Theme::wall()
                  : ThemeManager::current();
    const Theme &th = m_theme;
    m_delegate->setTheme(th);
    QPalette pal = th.palette();
    setPalette(pal);
    setAutoFillBackground(true);
    for (IncidentColumnView *view : std::as_const(m_columns)) {
        QPalette vp = view->palette();
        vp.setColor(QPalette::Base, th.window);
        vp.setColor(QPalette::Window, th.window);
        vp.setColor(QPalette::Highlight, th.window); // the delegate draws the selection
        view->setPalette(vp);
        view->setSpacing(0);
        view->relayout();
    }
    for (QLabel *header : std::as_const(m_headers))
        header->setFont(th.font(th.titlePt, true));
    m_status->setFont(th.font(th.normalPt));
    updateHeaders();
    updateStatus();
}

void IncidentBoard::applyFilters()
{
    QSet<IncidentSeverity> severities;
    for (QToolButton *b : std::as_const(m_severityButtons)) {
        if (b->isChecked())
            severities.insert(IncidentSeverity(b->property("severity").toInt()));
    }
    const QString who = m_repository ? m_repository->operatorName() : QString();
    for (IncidentFilterModel *f : std::as_const(m_filters)) {
        f->setSeverities(severities);
        f->setMineOnly(m_mine->isChecked(), who);
        f->setOpenOnly(m_openOnly->isChecked());
    }
    m_columns.value(IncidentStage::Closed)
        ->parentWidget()
        ->setVisible(!m_openOnly->isChecked() && !m_wall);
    updateHeaders();
}

void IncidentBoard::setSeverityFilter(const QSet<IncidentSeverity> &severities)
{
    for (QToolButton *b : std::as_const(m_severityButtons)) {
        const QSignalBlocker block(b);
        b->setChecked(severities.contains(IncidentSeverity(b->property("severity").toInt())));
    }
    applyFilters();
}

void IncidentBoard::setMineOnly(bool mine)
{
    m_mine->setChecked(mine);
}

void IncidentBoard::setOpenOnly(bool openOnly)
{
    m_openOnly->setChecked(openOnly);
}

void IncidentBoard::updateHeaders()
{
    for (IncidentStage stage : IncidentStages::all()) {
        QLabel *header = m_headers.value(stage);
        const int n = cardCount(stage);
        header->setText(QStringLiteral("%1 \u00b7 %2").arg(IncidentStages::name(stage)).arg(n));
        header->setAccessibleName(
            tr("%1, %n incident(s)", nullptr, n).arg(IncidentStages::name(stage)));
        QPalette hp = header->palette();
        hp.setColor(QPalette::WindowText, n > 0 ? m_theme.text : m_theme.textMuted);
        header->setPalette(hp);
    }
}

void IncidentBoard::updateStatus()
{
    const Theme &th = m_theme;
    QStringList parts;
    QColor colour = th.textMuted;
    if (m_repository && !m_repository->isOnline()) {
        colour = th.degraded;
        parts << Theme::statusGlyph(HealthStatus::Degraded) + u' ' +
                     tr("Offline: the incident database is unreachable (%1). Showing the last "
                        "known state.")
                         .arg(m_repository->connectionMessage());
    }
    if (m_repository && m_repository->queuedCount() > 0) {
        colour = th.degraded;
        parts << QStringLiteral("\u27F3 ") +
                     IncidentCardDelegate::waitingText(m_repository->queuedCount());
    }
    if (!m_lastProblem.isEmpty()) {
        colour = th.unhealthy;
        parts << m_lastProblem;
    }
    m_status->setText(parts.join(QStringLiteral("  ")));
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, parts.isEmpty() ? th.textMuted : th.text);
    pal.setColor(QPalette::Window, colour.lighter(th.dark ? 60 : 185));
    m_status->setPalette(pal);
    m_status->setAutoFillBackground(!parts.isEmpty());
    m_status->setVisible(!parts.isEmpty());
}

QString IncidentBoard::statusText() const
{
    return m_status->text();
}

void IncidentBoard::report(const IncidentWriteResult &result)
{
    if (result.status == IncidentWriteResult::Status::Refused ||
        result.status == IncidentWriteResult::Status::Failed)
        m_lastProblem = Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + result.message;
    else if (result.status != IncidentWriteResult::Status::Queued)
        m_lastProblem.clear();
    updateStatus();
    Q_EMIT writeFinished(result);
}

IncidentWriteResult IncidentBoard::moveIncident(qint64 incidentId, int version, IncidentStage stage)
{
    IncidentWriteResult result;
    if (!m_repository || m_wall) {
        result.message = tr("the board is read-only");
        return result;
    }
    result = m_repository->submit(IncidentChange::moveStage(incidentId, version, stage));
    report(result);
    if (result.ok())
        selectIncident(result.incident.id);
    return result;
}

IncidentWriteResult IncidentBoard::stepSelected(int direction)
{
    const auto inc = m_repository && m_selected ? m_repository->incident(m_selected) : std::nullopt;
    if (!inc)
        return {};
    const auto to =
        direction < 0 ? IncidentStages::previous(inc->stage) : IncidentStages::next(inc->stage);
    if (!to)
        return {IncidentWriteResult::Status::Unchanged, *inc, {}, false};
    // The version the card shows: the view's, not a fresh read.
    return moveIncident(inc->id, inc->version, *to);
}

void IncidentBoard::selectIncident(qint64 incidentId)
{
    const auto inc = m_repository ? m_repository->incident(incidentId) : std::nullopt;
    if (!inc)
        return;
    IncidentColumnView *view = m_columns.value(inc->stage);
    IncidentFilterModel *filter = m_filters.value(inc->stage);
    m_selected = incidentId;
    for (IncidentColumnView *other : std::as_const(m_columns)) {
        if (other != view)
            other->clearSelection();
    }
    if (filter && m_model) {
        const QModelIndex source = m_model->index(m_model->rowOf(incidentId));
        const QModelIndex proxy = filter->mapFromSource(source);
        if (proxy.isValid()) {
            view->setCurrentIndex(proxy);
            view->scrollTo(proxy);
            if (!m_wall && (hasFocus() || isAncestorOf(QApplication::focusWidget()) ||
                            !QApplication::focusWidget()))
                view->setFocus();
        }
    }
    m_detail->setIncident(incidentId);
    Q_EMIT selectionChanged(incidentId);
}

void IncidentBoard::focusColumn(IncidentStage from, int direction)
{
    int i = int(from) + direction;
    while (i >= 0 && i < IncidentStages::all().size()) {
        IncidentColumnView *view = m_columns.value(IncidentStage(i));
        if (view->isVisibleTo(this) && view->model() && view->model()->rowCount() > 0) {
            view->setFocus();
            if (!view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
            return;
        }
        i += direction;
    }
}

IncidentColumnView *IncidentBoard::column(IncidentStage stage) const
{
    return m_columns.value(stage);
}

int IncidentBoard::cardCount(IncidentStage stage) const
{
    const IncidentFilterModel *f = m_filters.value(stage);
    return f ? f->rowCount() : 0;
}

QStringList IncidentBoard::cardLines(qint64 incidentId) const
{
    for (IncidentStage stage : IncidentStages::all()) {
        const IncidentFilterModel *f = m_filters.value(stage);
        if (!f)
            continue;
        for (int r = 0; r < f->rowCount(); ++r) {
            const QModelIndex i = f->index(r, 0);
            if (i.data(IncidentListModel::IdRole).toLongLong() == incidentId)
                return m_delegate->cardLines(i);
        }
    }
    return {};
}

void IncidentBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized && width() > 0) {
        // The columns get the room; the detail pane starts at its minimum width.
        m_sized = true;
        const int pane = m_detail->minimumWidth();
        m_splitter->setSizes({std::max(0, m_splitter->width() - pane), pane});
    }
    scheduleTick();
}

void IncidentBoard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    stopTick();
}

void IncidentBoard::scheduleTick()
{
    if (m_tick || !m_clock)
        return;
    // Ages and countdowns change every second; repaint then, and only while shown.
    const qint64 now = m_clock->nowMs();
    m_tick = m_clock->callAt(now - now % 1000 + 1000, this, [this] {
        m_tick = 0;
        for (IncidentColumnView *view : std::as_const(m_columns))
            view->viewport()->update();
        m_detail->refreshCountdowns();
        scheduleTick();
    });
}

void IncidentBoard::stopTick()
{
    if (m_tick && m_clock)
        m_clock->cancel(m_tick);
    m_tick = 0;
}

} // namespace Wk
