#include "widgets/incidentdetailpane.h"

#include "models/core/duration.h"
#include "models/incidents/incidentrepository.h"
#include "models/incidents/incidenttimelinemodel.h"
#include "models/incidents/slastatus.h"
#include "widgets/incidentcarddelegate.h"
#include "widgets/incidentnotebox.h"
#include "widgets/thememanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>

namespace Wk {

IncidentDetailPane::IncidentDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Incident details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter);

    // Upper half: the facts and the controls, scrollable.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *facts = new QWidget(scroll);
    auto *layout = new QVBoxLayout(facts);
    // The facts never squeeze below their size: the scroll area scrolls instead.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    scroll->setWidget(facts);

    m_title = new QLabel(facts);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header = new QLabel(facts);
    m_header->setWordWrap(true);
    m_people = new QLabel(facts);
    m_people->setWordWrap(true);
    m_sla = new QLabel(facts);
    m_sla->setWordWrap(true);
    m_impact = new QLabel(facts);
    m_impact->setWordWrap(true);
    m_message = new QLabel(facts);
    m_message->setWordWrap(true);
    m_message->hide();
    for (QLabel *l : {m_title, m_header, m_people, m_sla, m_impact, m_message})
        layout->addWidget(l);

    m_editRow = new QWidget(facts);
    auto *edits = new QHBoxLayout(m_editRow);
    edits->setContentsMargins(0, 0, 0, 0);
    m_severity = new QComboBox(m_editRow);
    for (IncidentSeverity s : IncidentSeverities::all())
        m_severity->addItem(IncidentSeverities::label(s), int(s));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->setToolTip(tr("Change the severity (escalate or downgrade)"));
    m_acknowledge = new QPushButton(tr("&Acknowledge"), m_editRow);
    m_takeCommand = new QPushButton(tr("&Take command"), m_editRow);
    edits->addWidget(m_severity);
    edits->addWidget(m_acknowledge);
    edits->addWidget(m_takeCommand);
    edits->addStretch();
    layout->addWidget(m_editRow);

    auto *checklistGroup = new QGroupBox(tr("Communication"), facts);
    m_checklistBox = checklistGroup;
    m_checklist = new QVBoxLayout(checklistGroup);
    layout->addWidget(checklistGroup);

    auto *actionsGroup = new QGroupBox(tr("Action items"), facts);
    auto *actionsLayout = new QVBoxLayout(actionsGroup);
    m_actions = new QListWidget(actionsGroup);
    m_actions->setAccessibleName(tr("Action items"));
    m_actions->setMaximumHeight(120);
    actionsLayout->addWidget(m_actions);
    m_addActionRow = new QWidget(actionsGroup);
    auto *addRow = new QHBoxLayout(m_addActionRow);
    addRow->setContentsMargins(0, 0, 0, 0);
    m_actionText = new QLineEdit(m_addActionRow);
    m_actionText->setPlaceholderText(tr("New action item"));
    m_actionOwner = new QLineEdit(m_addActionRow);
    m_actionOwner->setPlaceholderText(tr("Owner"));
    m_actionDue = new QDateEdit(m_addActionRow);
    m_actionDue->setCalendarPopup(true);
    m_actionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_actionDue->setAccessibleName(tr("Due date"));
    auto *addAction = new QPushButton(tr("Add"), m_addActionRow);
    addRow->addWidget(m_actionText, 3);
    addRow->addWidget(m_actionOwner, 1);
    addRow->addWidget(m_actionDue);
    addRow->addWidget(addAction);
    actionsLayout->addWidget(m_addActionRow);
    layout->addWidget(actionsGroup);

    m_alerts = new QLabel(facts);
    m_alerts->setWordWrap(true);
    layout->addWidget(m_alerts);
    layout->addStretch();

    // Lower half: the timeline and the note box.
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineLabel = new QLabel(tr("Timeline"), lower);
    m_timeline = new QListView(lower);
    m_timeline->setWordWrap(true);
    m_timeline->setUniformItemSizes(false);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setAccessibleName(tr("Timeline"));
    timelineLabel->setBuddy(m_timeline);
    m_noteBox = new IncidentNoteBox(lower);
    m_noteBox->setMaximumHeight(90);
    m_addNote = new QPushButton(tr("Add &note (Ctrl+Enter)"), lower);
    lowerLayout->addWidget(timelineLabel);
    lowerLayout->addWidget(m_timeline, 1);
    lowerLayout->addWidget(m_noteBox);
    lowerLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_noteBox, &IncidentNoteBox::submitted, this, &IncidentDetailPane::addNote);
    connect(m_addNote, &QPushButton::clicked, this, [this] { addNote(m_noteBox->note()); });
    connect(m_severity, &QComboBox::activated, this, [this](int row) {
        if (m_refreshing || !m_repository || m_id == 0)
            return;
        report(m_repository->submit(
            IncidentChange::setSeverity(m_id, m_repository->versionOf(m_id),
                                        IncidentSeverity(m_severity->itemData(row).toInt()))));
    });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (m_repository && m_id)
            report(m_repository->acknowledge(m_id));
    });
    connect(m_takeCommand, &QPushButton::clicked, this, [this] {
        if (m_repository && m_id)
            report(m_repository->setCommander(m_id, m_repository->operatorName()));
    });
    connect(addAction, &QPushButton::clicked, this, &IncidentDetailPane::addActionItem);
    connect(m_actionText, &QLineEdit::returnPressed, this, &IncidentDetailPane::addActionItem);
    connect(m_actions, &QListWidget::itemChanged, this, &IncidentDetailPane::actionItemToggled);
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this,
            &IncidentDetailPane::scheduleRefresh);
    refresh();
}

IncidentDetailPane::~IncidentDetailPane() = default;

void IncidentDetailPane::setRepository(IncidentRepository *repository, Clock *clock)
{
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    m_repository = repository;
    m_clock = clock;
    delete m_timelineModel;
    m_timelineModel = repository ? new IncidentTimelineModel(repository, this) : nullptr;
    m_timeline->setModel(m_timelineModel);
    if (m_repository) {
        connect(m_repository, &IncidentRepository::changed, this, [this](qint64 id) {
            if (id == m_id)
                scheduleRefresh();
        });
        connect(m_repository, &IncidentRepository::incidentRenumbered, this,
                [this](qint64 oldId, qint64 newId) {
                    if (oldId == m_id)
                        setIncident(newId);
                });
    }
    setIncident(0);
}

void IncidentDetailPane::setIncident(qint64 incidentId)
{
    if (incidentId != m_id) {
        m_message->hide();
        m_message->clear();
    }
    m_id = incidentId;
    if (m_timelineModel)
        m_timelineModel->setIncident(incidentId);
    refresh();
    if (m_timelineModel && m_timelineModel->rowCount() > 0)
        m_timeline->scrollToBottom();
}

void IncidentDetailPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

QStringList IncidentDetailPane::summaryLines() const
{
    QStringList lines;
    for (const QLabel *l : {m_title, m_header, m_people, m_sla}) {
        const QString text = l->text();
        for (const QString &line : text.split(QStringLiteral("<br>"))) {
            QString plain = line;
            plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            plain.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
            plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
            plain.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
            if (!plain.trimmed().isEmpty())
                lines << plain.trimmed();
        }
    }
    return lines;
}

void IncidentDetailPane::refreshCountdowns()
{
    if (!m_repository || m_id == 0 || !isVisible())
        return;
    const auto inc = m_repository->incident(m_id);
    if (!inc)
        return;
    const Theme &th = ThemeManager::current();
    QStringList lines;
    for (SlaStatus::Kind kind : {SlaStatus::Kind::Response, SlaStatus::Kind::Resolution}) {
        const SlaStatus s = SlaStatus::evaluate(*inc, kind, m_clock->nowMs());
        QColor colour = th.textMuted;
        if (s.isAmber())
            colour = th.degraded;
        else if (s.isRed())
            colour = th.unhealthy;
        else if (s.state == SlaStatus::State::Met)
            colour = th.healthy;
        lines << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3 "
                                "<span style=\"color:%4\">(%5 %6)</span>")
                     .arg(colour.name(), IncidentCardDelegate::slaBadge(s).toHtmlEscaped(),
                          IncidentCardDelegate::slaDetail(s).toHtmlEscaped(), th.textMuted.name(),
                          tr("target"), IncidentChange::formatTarget(s.targetMs));
    }
    m_sla->setText(lines.join(QStringLiteral("<br>")));
}

void IncidentDetailPane::refresh()
{
    m_refreshing = true;
    const Theme &th = ThemeManager::current();
    const std::optional<Incident> inc =
        m_repository && m_id ? m_repository->incident(m_id) : std::nullopt;
    const bool editable = inc && !m_readOnly;
    m_editRow->setVisible(editable);
    m_addActionRow->setVisible(editable);
    m_noteBox->setVisible(!m_readOnly);
    m_addNote->setVisible(!m_readOnly);
    m_noteBox->setEnabled(inc.has_value());
    m_addNote->setEnabled(inc.has_value());
    m_checklistBox->setVisible(inc.has_value());
    m_actions->parentWidget()->setVisible(inc.has_value());

    qDeleteAll(m_ticks);
    m_ticks.clear();
    m_actions->clear();
    if (!inc) {
        m_title->setText(m_repository ? tr("Select an incident to see its timeline.") : QString());
        m_header->clear();
        m_people->clear();
        m_sla->clear();
        m_impact->clear();
        m_alerts->clear();
        m_refreshing = false;
        return;
    }

    QFont titleFont = th.font(th.titlePt + 2, true);
    m_title->setFont(titleFont);
    m_title->setText(inc->title);
    const SeverityInfo info = IncidentSeverities::info(inc->severity);
    const QColor sev = IncidentCardDelegate::severityColour(th, int(inc->severity));
    m_header->setText(
        QStringLiteral("<span style=\"background:%1; color:%2\">&nbsp;<b>%3</b>&nbsp;</span> "
                       "%4 \u00b7 %5 \u00b7 %6")
            .arg(sev.name(), th.onStatus.name(), info.key,
                 (info.name + QStringLiteral(": ") + info.impact).toHtmlEscaped(),
                 IncidentStages::name(inc->stage).toHtmlEscaped(),
                 (inc->id > 0 ? QStringLiteral("INC-%1").arg(inc->id) : tr("not yet stored"))));
    QString people = inc->commander.isEmpty()
                         ? tr("No incident commander")
                         : tr("Commander: %1").arg(inc->commander.toHtmlEscaped());
    if (!inc->assignees.isEmpty())
        people +=
            QStringLiteral(" \u00b7 ") +
            tr("Responders: %1").arg(inc->assignees.join(QStringLiteral(", ")).toHtmlEscaped());
    people += QStringLiteral("<br>") +
              tr("Opened %1 ago by %2")
                  .arg(humanAge(m_clock->nowMs() - inc->createdMs), inc->createdBy.toHtmlEscaped());
    if (inc->pendingChanges > 0)
        people +=
            QStringLiteral("<br>\u27F3 ") + IncidentCardDelegate::waitingText(inc->pendingChanges);
    m_people->setText(people);
    refreshCountdowns();
    m_impact->setText(inc->impact.isEmpty()
                          ? QStringLiteral("<i>%1</i>").arg(tr("No impact summary yet."))
                          : tr("<b>Impact:</b> %1").arg(inc->impact.toHtmlEscaped()));

    m_severity->setCurrentIndex(m_severity->findData(int(inc->severity)));
    if (m_actionText->text().isEmpty()) // a week from now, the usual horizon of a fix
        m_actionDue->setDate(
            QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), Qt::UTC).date().addDays(7));
    m_acknowledge->setEnabled(inc->acknowledgedMs == 0);
    m_takeCommand->setEnabled(inc->commander != m_repository->operatorName());

    // The checklist: what the severity asks for, and anything ticked beyond it.
    const QList<CommunicationChannel> required = CommunicationChecklist::required(inc->severity);
    for (CommunicationChannel c : CommunicationChecklist::allChannels()) {
        const bool ticked = inc->isTicked(c);
        if (!required.contains(c) && !ticked)
            continue;
        auto *box = new QCheckBox(CommunicationChecklist::text(c), m_checklistBox);
        box->setChecked(ticked);
        box->setEnabled(!m_readOnly);
        for (const Incident::CommunicationTick &t : inc->communication) {
            if (t.channel == c)
                box->setToolTip(tr("Done by %1").arg(t.who));
        }
        connect(box, &QCheckBox::toggled, this, [this, c](bool on) {
            if (m_refreshing || !m_repository)
                return;
            report(m_repository->submit(
                IncidentChange::tickCommunication(m_id, m_repository->versionOf(m_id), c, on)));
        });
        m_checklist->addWidget(box);
        m_ticks << box;
    }

    for (const Incident::ActionItem &a : inc->actionItems) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 \u2014 %2%3")
                .arg(a.text, a.owner.isEmpty() ? tr("no owner") : a.owner,
                     a.due.isValid()
                         ? tr(", due %1").arg(QLocale().toString(a.due, QLocale::ShortFormat))
                         : QString()),
            m_actions);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(m_readOnly ? Qt::ItemIsEnabled
                                  : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(a.done ? Qt::Checked : Qt::Unchecked);
    }
    if (inc->actionItems.isEmpty())
        new QListWidgetItem(tr("No action items yet."), m_actions);

    QStringList alerts;
    for (const Incident::LinkedAlert &a : inc->alerts) {
        const bool firing = a.state == QLatin1String("firing");
        alerts << QStringLiteral("<span style=\"color:%1\">%2</span> %3 %4 \u2014 %5")
                      .arg((firing ? th.unhealthy : th.healthy).name(),
                           Theme::statusGlyph(firing ? HealthStatus::Unhealthy
                                                     : HealthStatus::Healthy),
                           a.alertname.toHtmlEscaped(), a.instance.toHtmlEscaped(),
                           firing ? tr("firing") : tr("resolved"));
    }
    m_alerts->setText(alerts.isEmpty()
                          ? QString()
                          : tr("<b>Alerts</b><br>") + alerts.join(QStringLiteral("<br>")));
    m_refreshing = false;
}

void IncidentDetailPane::scheduleRefresh()
{
    // Later, from the event loop: a checkbox or list item that started the write is rebuilt
    // by refresh() and must not be deleted inside its own signal.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshPending = false;
            refresh();
        },
        Qt::QueuedConnection);
}

void IncidentDetailPane::report(const IncidentWriteResult &result)
{
    const Theme &th = ThemeManager::current();
    switch (result.status) {
    case IncidentWriteResult::Status::Applied:
    case IncidentWriteResult::Status::Unchanged:
        m_message->hide();
        break;
    case IncidentWriteResult::Status::Queued:
        m_message->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                               .arg(th.degraded.name(), Theme::statusGlyph(HealthStatus::Degraded),
                                    result.message.toHtmlEscaped()));
        m_message->show();
        break;
    case IncidentWriteResult::Status::Refused:
    case IncidentWriteResult::Status::Failed:
        m_message->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                               .arg(th.unhealthy.name(),
                                    Theme::statusGlyph(HealthStatus::Unhealthy),
                                    result.message.toHtmlEscaped()));
        m_message->show();
        scheduleRefresh(); // show the current state
        break;
    }
    Q_EMIT writeFinished(result);
}

void IncidentDetailPane::addNote(const QString &text)
{
    if (!m_repository || m_id == 0 || text.trimmed().isEmpty())
        return;
    const IncidentWriteResult r = m_repository->addNote(m_id, text);
    if (r.ok())
        m_noteBox->clearNote(); // stored, or safe in the offline queue
    report(r);
}

void IncidentDetailPane::addActionItem()
{
    if (!m_repository || m_id == 0 || m_actionText->text().trimmed().isEmpty())
        return;
    const IncidentWriteResult r = m_repository->submit(
        IncidentChange::addActionItem(m_id, m_repository->versionOf(m_id), m_actionText->text(),
                                      m_actionOwner->text(), m_actionDue->date()));
    if (r.ok()) {
        m_actionText->clear();
        m_actionOwner->clear();
    }
    report(r);
}

void IncidentDetailPane::actionItemToggled(QListWidgetItem *item)
{
    if (m_refreshing || !m_repository || m_id == 0 || !item->data(Qt::UserRole).isValid())
        return;
    const auto inc = m_repository->incident(m_id);
    const Incident::ActionItem *current =
        inc ? inc->actionItem(item->data(Qt::UserRole).toInt()) : nullptr;
    if (!current)
        return;
    Incident::ActionItem changed = *current;
    changed.done = item->checkState() == Qt::Checked;
    if (changed.done == current->done)
        return;
    report(m_repository->submit(IncidentChange::updateActionItem(m_id, inc->version, changed)));
}

} // namespace Wk
