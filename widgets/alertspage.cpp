#include "widgets/alertspage.h"

#include "models/alerts/alertbook.h"
#include "models/incidents/incidentautomation.h"
#include "widgets/acknowledgedialog.h"
#include "widgets/alertlistproxy.h"
#include "widgets/alertstyle.h"
#include "widgets/flowlayout.h"
#include "widgets/openincidentdialog.h"
#include "widgets/silencedialog.h"
#include "widgets/thememanager.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Wk {

namespace {

const QStringList &severities()
{
    static const QStringList list{QStringLiteral("critical"), QStringLiteral("high"),
                                  QStringLiteral("medium"), QStringLiteral("low")};
    return list;
}

const QList<AlertStatus::State> &states()
{
    static const QList<AlertStatus::State> list{
        AlertStatus::State::Pending, AlertStatus::State::Firing, AlertStatus::State::Resolved};
    return list;
}

// One matcher for a label over several alerts: equal for one value, an alternation otherwise.
std::optional<LabelMatcher> matcherFor(const QString &name, QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    if (values.isEmpty())
        return std::nullopt;
    if (values.size() == 1)
        return LabelMatcher(name, LabelMatcher::Op::Equal, values.first());
    values.sort();
    for (QString &v : values)
        v = QRegularExpression::escape(v);
    return LabelMatcher(name, LabelMatcher::Op::RegexMatch, values.join(u'|'));
}

} // namespace

AlertsPage::AlertsPage(AlertBook *book, QueryEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new AlertsModel(book, this))
    , m_proxy(new AlertListProxy(m_model, book, this))
{
    setAccessibleName(tr("Alerts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(buildActionBar());

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTreeView(m_splitter);
    m_view->setAccessibleName(tr("Alert list"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setRootIsDecorated(false);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    // An alert list is short (tens, a few hundred on a bad night): columns fit their contents.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QList<int> order = AlertListProxy::displayOrder();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);

    m_detailScroll = new QScrollArea(m_splitter);
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setFocusPolicy(Qt::StrongFocus);
    m_detailScroll->setAccessibleName(tr("Alert details"));
    m_detail = new AlertDetailPane(book, engine, m_detailScroll);
    m_detailScroll->setWidget(m_detail);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    // Keys. Text fields take their own characters first, so typing in the filter or a dialog
    // never acknowledges anything.
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_detailScroll);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] { m_view->setFocus(); });
    auto *leaveFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter);
    leaveFilter->setContext(Qt::WidgetShortcut);
    connect(leaveFilter, &QShortcut::activated, this, [this] {
        if (!m_filter->text().isEmpty())
            m_filter->clear();
        else
            m_view->setFocus();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(); });

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (m_proxy->data(first, AlertsModel::IsGroupRole).toBool())
            m_view->setExpanded(first, !m_view->isExpanded(first));
        else
            openDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AlertsPage::currentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertsPage::expandGroups);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int r = first; r <= last; ++r)
                    m_view->setExpanded(m_proxy->index(r, 0), true);
            });

    if (book) {
        connect(book, &AlertBook::statusAdded, this, &AlertsPage::scheduleSummary);
        connect(book, &AlertBook::statusChanged, this, &AlertsPage::scheduleSummary);
        connect(book, &AlertBook::statusRemoved, this, &AlertsPage::scheduleSummary);
        connect(book, &AlertBook::errorOccurred, this,
                [this](const QString &message) { showMessage(message, true); });
    }
    applyTheme();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, &AlertsPage::applyTheme);
    applyFilters();
    updateSummary();
}

AlertsPage::~AlertsPage()
{
    stopTick();
}

QWidget *AlertsPage::buildFilterBar()
{
    // Groups of controls that wrap as a whole when the page is narrow or the type is large.
    auto *bar = new QWidget(this);
    auto *flow = new FlowLayout(bar, ThemeManager::current().spacing * 2);
    flow->setContentsMargins(0, 0, 0, 0);
    const auto group = [bar, flow](const QString &title) {
        auto *box = new QWidget(bar);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        if (!title.isEmpty())
            row->addWidget(new QLabel(title, box));
        flow->addWidget(box);
        return std::make_pair(box, row);
    };

    auto [sevBox, sevRow] = group(tr("Severity:"));
    for (const QString &sev : severities()) {
        auto *box = new QCheckBox(AlertStyle::severityLabel(sev), sevBox);
        box->setChecked(true);
        box->setProperty("severity", sev);
        box->setToolTip(tr("Show %1 alerts").arg(AlertStyle::severityWord(sev)));
        connect(box, &QCheckBox::toggled, this,
                [this, box](bool on) { filterBoxToggled(m_severityBoxes, box, on); });
        m_severityBoxes << box;
        sevRow->addWidget(box);
    }
    auto [stateBox, stateRow] = group(tr("State:"));
    for (const AlertStatus::State st : states()) {
        auto *box = new QCheckBox(AlertStyle::stateLabel(st), stateBox);
        box->setChecked(true);
        box->setProperty("state", int(st));
        box->setToolTip(tr("Show %1 alerts").arg(AlertStatus::stateText(st)));
        connect(box, &QCheckBox::toggled, this,
                [this, box](bool on) { filterBoxToggled(m_stateBoxes, box, on); });
        m_stateBoxes << box;
        stateRow->addWidget(box);
    }
    auto [suppressedBox, suppressedRow] = group({});
    m_showSuppressed = new QCheckBox(tr("Show suppressed and inhibited"), suppressedBox);
    m_showSuppressed->setToolTip(
        tr("Also list alerts that are silenced, in a maintenance window or inhibited by another "
           "alert, with the reason"));
    connect(m_showSuppressed, &QCheckBox::toggled, this, &AlertsPage::applyFilters);
    suppressedRow->addWidget(m_showSuppressed);

    auto [groupingBox, groupingRow] = group({});
    auto *groupLabel = new QLabel(tr("&Group by:"), groupingBox);
    m_grouping = new QComboBox(groupingBox);
    m_grouping->addItem(tr("nothing"), int(AlertsModel::Grouping::None));
    m_grouping->addItem(tr("alert name"), int(AlertsModel::Grouping::ByAlertName));
    m_grouping->addItem(tr("instance"), int(AlertsModel::Grouping::ByInstance));
    groupLabel->setBuddy(m_grouping);
    connect(m_grouping, &QComboBox::currentIndexChanged, this,
            [this] { setGrouping(AlertsModel::Grouping(m_grouping->currentData().toInt())); });
    groupingRow->addWidget(groupLabel);
    groupingRow->addWidget(m_grouping);

    auto [filterBox, filterRow] = group({});
    m_filter = new QLineEdit(filterBox);
    m_filter->setPlaceholderText(tr("Filter: label text or instance=~\"db.*\"  ( / )"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Label filter"));
    m_filter->setToolTip(tr("Text in any label or the summary, or matchers such as "
                            "severity=\"critical\". Press / to get here, Escape to leave."));
    connect(m_filter, &QLineEdit::textChanged, this, &AlertsPage::applyFilters);
    filterRow->addWidget(m_filter);
    return bar;
}

QWidget *AlertsPage::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    const auto makeAction = [this, bar, row](const QString &text, const QKeySequence &key,
                                             const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(text);
        row->addWidget(button);
        return action;
    };
    m_ackAction = makeAction(tr("Acknowledge…"), QKeySequence(Qt::Key_A),
                             tr("Acknowledge the selected alerts"));
    m_unackAction = makeAction(tr("Un-acknowledge"), QKeySequence(Qt::SHIFT | Qt::Key_A),
                               tr("Take back the acknowledgement of the selected alerts"));
    m_silenceAction = makeAction(tr("Silence…"), QKeySequence(Qt::Key_S),
                                 tr("Silence alerts like the selected ones"));
    m_incidentAction = makeAction(tr("Open incident…"), QKeySequence(Qt::Key_I),
                                  tr("Open an incident with the current alert linked to it"));
    m_incidentButton = bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly).constLast();
    m_incidentAction->setEnabled(false);
    m_incidentButton->hide(); // until the page has incidents
    connect(m_incidentAction, &QAction::triggered, this, [this] { openIncidentForSelected(); });
    connect(m_ackAction, &QAction::triggered, this, [this] { acknowledgeSelected(); });
    connect(m_unackAction, &QAction::triggered, this, &AlertsPage::unacknowledgeSelected);
    connect(m_silenceAction, &QAction::triggered, this, [this] { suppressSelected(); });

    m_filterAction = new QAction(tr("Filter"), this);
    m_filterAction->setShortcut(QKeySequence(Qt::Key_Slash));
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_filterAction);
    connect(m_filterAction, &QAction::triggered, this, &AlertsPage::focusFilter);

    row->addStretch(1);
    m_summary = new QLabel(bar);
    m_summary->setAccessibleName(tr("Alert count"));
    row->addWidget(m_summary);
    return bar;
}

void AlertsPage::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    setFont(theme.font(theme.normalPt));
    m_view->setFont(theme.font(theme.normalPt));
    m_filter->setMinimumWidth(QFontMetrics(theme.font(theme.normalPt)).averageCharWidth() * 40);
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, theme.textMuted);
    m_summary->setPalette(pal);
    layout()->setSpacing(theme.spacing);
}

void AlertsPage::setExpressionLookup(ExpressionLookup lookup)
{
    m_detail->setExpressionLookup(std::move(lookup));
}

void AlertsPage::setSeverityShown(const QString &severity, bool shown)
{
    for (QCheckBox *box : std::as_const(m_severityBoxes)) {
        if (box->property("severity").toString() == severity)
            box->setChecked(shown);
    }
}

void AlertsPage::setStateShown(AlertStatus::State state, bool shown)
{
    for (QCheckBox *box : std::as_const(m_stateBoxes)) {
        if (box->property("state").toInt() == int(state))
            box->setChecked(shown);
    }
}

void AlertsPage::setShowSuppressed(bool show)
{
    m_showSuppressed->setChecked(show);
}

void AlertsPage::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

void AlertsPage::setGrouping(AlertsModel::Grouping grouping)
{
    const int row = m_grouping->findData(int(grouping));
    if (row >= 0 && row != m_grouping->currentIndex()) {
        m_grouping->setCurrentIndex(row); // comes back here through the combo
        return;
    }
    if (grouping == m_model->grouping())
        return;
    const quint64 current = currentAlertId();
    m_model->setGrouping(grouping);
    m_view->setRootIsDecorated(grouping != AlertsModel::Grouping::None);
    if (current)
        selectAlert(current);
}

void AlertsPage::filterBoxToggled(const QList<QCheckBox *> &group, QCheckBox *box, bool on)
{
    // One box of each group stays on: a filter that shows nothing would look like a quiet night.
    if (!on && std::none_of(group.cbegin(), group.cend(),
                            [](const QCheckBox *b) { return b->isChecked(); })) {
        const QSignalBlocker block(box);
        box->setChecked(true);
        return;
    }
    applyFilters();
}

void AlertsPage::applyFilters()
{
    const quint64 current = currentAlertId();
    QStringList sev;
    for (QCheckBox *box : std::as_const(m_severityBoxes)) {
        if (box->isChecked())
            sev << box->property("severity").toString();
    }
    // Every box on shows every severity, alerts without a known one too.
    if (sev.size() == m_severityBoxes.size())
        sev.clear();
    QList<AlertStatus::State> st;
    for (QCheckBox *box : std::as_const(m_stateBoxes)) {
        if (box->isChecked())
            st << AlertStatus::State(box->property("state").toInt());
    }
    if (st.size() == m_stateBoxes.size())
        st.clear();

    m_model->setSeverityFilter(sev);
    m_model->setStateFilter(st);
    m_model->setShowSuppressed(m_showSuppressed->isChecked());
    m_model->setTextFilter(m_filter->text().trimmed());
    if (current)
        selectAlert(current);
    updateSummary();
}

void AlertsPage::expandGroups()
{
    if (m_model->grouping() != AlertsModel::Grouping::None)
        m_view->expandAll();
}

quint64 AlertsPage::currentAlertId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid()
               ? m_proxy->data(current.siblingAtColumn(0), AlertsModel::IdRole).toULongLong()
               : 0;
}

void AlertsPage::selectAlert(quint64 id)
{
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QList<quint64> AlertsPage::selectedAlertIds() const
{
    QList<quint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &row : rows) {
        if (m_proxy->data(row, AlertsModel::IsGroupRole).toBool()) {
            for (int r = 0; r < m_proxy->rowCount(row); ++r) {
                const quint64 id =
                    m_proxy->data(m_proxy->index(r, 0, row), AlertsModel::IdRole).toULongLong();
                if (id && !ids.contains(id))
                    ids << id;
            }
            continue;
        }
        const quint64 id = m_proxy->data(row, AlertsModel::IdRole).toULongLong();
        if (id && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty()) {
        if (const quint64 id = currentAlertId())
            ids << id;
    }
    return ids;
}

void AlertsPage::showMessage(const QString &text, bool error)
{
    const Theme &theme = ThemeManager::current();
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? theme.unhealthy : theme.text);
    m_message->setPalette(pal);
    m_message->setText(
        text.isEmpty()
            ? QString()
            : (error ? Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' : QString()) + text);
    m_message->setVisible(!text.isEmpty());
}

QString AlertsPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AlertsPage::summaryText() const
{
    return m_summary->text();
}

AcknowledgeDialog *AlertsPage::acknowledgeSelected()
{
    if (!m_book)
        return nullptr;
    QList<quint64> ids;
    for (const quint64 id : selectedAlertIds()) {
        const std::optional<AlertStatus> s = m_book->status(id);
        if (s && !s->isAcknowledged() && s->state != AlertStatus::State::Resolved)
            ids << id;
    }
    if (ids.isEmpty()) {
        showMessage(tr("Nothing to acknowledge: select a pending or firing alert that nobody has "
                       "acknowledged."),
                    false);
        return nullptr;
    }
    showMessage({}, false);
    auto *dialog = new AcknowledgeDialog(m_book, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    return dialog;
}

void AlertsPage::setDeliveryModel(NotificationDeliveryModel *model)
{
    m_detail->setDeliveryModel(model);
}

void AlertsPage::setIncidentAutomation(IncidentAutomation *automation)
{
    m_automation = automation;
    m_incidentAction->setEnabled(automation != nullptr);
    m_incidentButton->setVisible(automation != nullptr);
}

OpenIncidentDialog *AlertsPage::openIncidentForSelected()
{
    if (!m_book || !m_automation)
        return nullptr;
    quint64 id = currentAlertId();
    if (!id && !selectedAlertIds().isEmpty())
        id = selectedAlertIds().constFirst();
    const std::optional<AlertStatus> status = id ? m_book->status(id) : std::nullopt;
    if (!status) {
        showMessage(tr("Nothing to open an incident for: select an alert."), false);
        return nullptr;
    }
    showMessage({}, false);
    QMap<QString, QString> labels;
    for (const Label &l : status->alert.labels)
        labels.insert(l.name, l.value);
    const QString summary = status->alert.annotations.value(QStringLiteral("summary"));
    const QString fingerprint = Alert::fingerprintToString(status->id());
    const IncidentSeverity suggested = m_automation->severityMapping().value(
        status->severity().trimmed().toLower(), IncidentSeverity::P3);
    const QString instance = labels.value(QStringLiteral("instance"));
    auto *dialog = new OpenIncidentDialog(
        instance.isEmpty() ? status->alertName()
                           : tr("%1 on %2").arg(status->alertName(), instance),
        IncidentAutomation::titleFor(labels, summary), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &OpenIncidentDialog::openRequested, this,
        [this, dialog, fingerprint, labels, severity = status->severity(),
         summary](const QString &title, IncidentSeverity chosen) {
            if (!m_automation)
                return;
            const IncidentAutomation::Outcome out =
                m_automation->openFromAlert(fingerprint, labels, severity, summary, chosen, title);
            if (out.action != IncidentAutomation::Outcome::Action::Opened) {
                dialog->showError(out.message.isEmpty() ? tr("The incident could not be opened.")
                                                        : out.message);
                return;
            }
            dialog->accept();
            if (out.incidentId <= 0) {
                showMessage(tr("The incident is queued: it opens when the incident database "
                               "is reachable again."),
                            false);
                return;
            }
            showMessage(tr("Opened incident #%1.").arg(out.incidentId), false);
            Q_EMIT incidentOpened(out.incidentId);
        });
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    return dialog;
}

void AlertsPage::unacknowledgeSelected()
{
    if (!m_book)
        return;
    QStringList errors;
    int done = 0;
    for (const quint64 id : selectedAlertIds()) {
        if (!m_book->isAcknowledged(id))
            continue;
        if (const std::optional<Error> e = m_book->unacknowledge(id))
            errors << e->toString();
        else
            ++done;
    }
    if (!errors.isEmpty())
        showMessage(errors.join(u'\n'), true);
    else if (done == 0)
        showMessage(tr("Nothing to un-acknowledge: none of the selected alerts is acknowledged."),
                    false);
    else
        showMessage({}, false);
}

SilenceDialog *AlertsPage::suppressSelected()
{
    if (!m_book)
        return nullptr;
    const QList<quint64> ids = selectedAlertIds();
    if (ids.isEmpty()) {
        showMessage(tr("Select an alert to silence alerts like it."), false);
        return nullptr;
    }
    showMessage({}, false);
    auto *dialog = new SilenceDialog(m_book, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ids.size() == 1) {
        dialog->setFromAlert(ids.first());
    } else {
        // Several alerts: one matcher per label covering all of them.
        QStringList names;
        QStringList instances;
        for (const quint64 id : ids) {
            if (const std::optional<AlertStatus> s = m_book->status(id)) {
                names << s->alertName();
                instances << s->alert.labels.value(u"instance");
            }
        }
        Silence s;
        s.createdBy = m_book->operatorName();
        s.startsAtMs = m_book->clock()->nowMs();
        s.endsAtMs = s.startsAtMs + 2 * 3'600'000;
        for (const auto &m : {matcherFor(QStringLiteral("alertname"), names),
                              matcherFor(QStringLiteral("instance"), instances)}) {
            if (m)
                s.matchers << *m;
        }
        dialog->setSilence(s);
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT silenceSaved(dialog->savedId()); });
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    dialog->commentEdit()->setFocus();
    return dialog;
}

void AlertsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AlertsPage::openDetail()
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[1] == 0) {
        sizes[1] = qMax(1, width() / 3);
        m_splitter->setSizes(sizes);
    }
    m_detailScroll->setFocus(Qt::OtherFocusReason);
}

void AlertsPage::currentChanged()
{
    const quint64 id = currentAlertId();
    if (id != m_detail->alertId()) {
        m_detail->showAlert(id);
        m_lastChartMs = m_book ? m_book->clock()->nowMs() : 0;
    }
}

void AlertsPage::scheduleSummary()
{
    if (m_summaryQueued)
        return;
    m_summaryQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_summaryQueued = false;
        updateSummary();
    });
}

void AlertsPage::updateSummary()
{
    int suppressed = 0;
    int attention = 0;
    if (m_book) {
        const QList<AlertStatus> all = m_book->statuses();
        for (const AlertStatus &s : all) {
            suppressed += s.isSuppressed() && s.state != AlertStatus::State::Resolved ? 1 : 0;
            attention += s.needsAttention() ? 1 : 0;
        }
    }
    m_showSuppressed->setText(suppressed > 0
                                  ? tr("Show suppressed and inhibited (%1)").arg(suppressed)
                                  : tr("Show suppressed and inhibited"));
    m_summary->setText(tr("%1, %2").arg(
        m_model->alertCount() == 1 ? tr("1 alert shown")
                                   : tr("%1 alerts shown").arg(m_model->alertCount()),
        attention == 1 ? tr("1 needs attention") : tr("%1 need attention").arg(attention)));
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->refreshTimes();
    scheduleTick();
}

void AlertsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    stopTick();
}

void AlertsPage::scheduleTick()
{
    if (m_tick || !m_book || !isVisible())
        return;
    m_tick = m_book->clock()->callAfter(TickMs, this, [this] {
        m_tick = 0;
        m_model->refreshTimes();
        const qint64 now = m_book->clock()->nowMs();
        if (now - m_lastChartMs >= ChartRefreshMs) {
            m_lastChartMs = now;
            m_detail->refreshChart();
        }
        scheduleTick();
    });
}

void AlertsPage::stopTick()
{
    if (m_tick && m_book)
        m_book->clock()->cancel(m_tick);
    m_tick = 0;
}

} // namespace Wk
