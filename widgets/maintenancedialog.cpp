#include "widgets/maintenancedialog.h"

#include "models/alerts/alertbook.h"
#include "models/core/duration.h"
#include "widgets/matchereditor.h"
#include "widgets/thememanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Wk {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DefaultLengthMs = 2 * HourMs;

// The one-off fields hold wall-clock times of the window's zone (their own spec is UTC so they
// never shift them).
QDateTime wallClock(qint64 ms, const QByteArray &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone));
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

qint64 instantOf(const QDateTime &wall, const QByteArray &zone)
{
    return QDateTime(wall.date(), wall.time(), QTimeZone(zone)).toMSecsSinceEpoch();
}

QString zoneTime(qint64 ms, const QByteArray &zone, const QString &format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone)), format);
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QList<qint64> MaintenanceDialog::durationPresetsMs()
{
    return {HourMs, 2 * HourMs, 3 * HourMs, 4 * HourMs, 6 * HourMs, 8 * HourMs};
}

QString MaintenanceDialog::criticalText()
{
    return tr("Critical alerts are never suppressed (the guide): they page as usual during the "
              "window.");
}

MaintenanceDialog::MaintenanceDialog(AlertBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
{
    const Theme &theme = ThemeManager::current();
    setWindowTitle(tr("New maintenance window"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme.spacing);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Database patching"));
    form->addRow(tr("&Name:"), m_name);

    auto *kindRow = new QHBoxLayout;
    m_oneOff = new QRadioButton(tr("&Once"), this);
    m_weekly = new QRadioButton(tr("&Weekly"), this);
    kindRow->addWidget(m_oneOff);
    kindRow->addWidget(m_weekly);
    kindRow->addStretch(1);
    form->addRow(tr("Repeats:"), kindRow);

    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setToolTip(tr("An IANA time zone such as Europe/Berlin; the window follows its "
                          "daylight saving time"));
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    zones.removeAll(QByteArrayLiteral("UTC"));
    m_zone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &z : std::as_const(zones))
        m_zone->addItem(QString::fromUtf8(z));
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("Time &zone:"), m_zone);

    // One-off: start and end; weekly: days, start time, duration.
    m_kindPages = new QStackedWidget(this);
    auto *oneOffPage = new QWidget(m_kindPages);
    auto *oneOffForm = new QFormLayout(oneOffPage);
    oneOffForm->setContentsMargins(0, 0, 0, 0);
    m_start = new QDateTimeEdit(oneOffPage);
    m_end = new QDateTimeEdit(oneOffPage);
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    m_start->setAccessibleName(tr("Starts"));
    m_end->setAccessibleName(tr("Ends"));
    oneOffForm->addRow(tr("&Starts:"), m_start);
    oneOffForm->addRow(tr("&Ends:"), m_end);
    m_kindPages->addWidget(oneOffPage);

    auto *weeklyPage = new QWidget(m_kindPages);
    auto *weeklyForm = new QFormLayout(weeklyPage);
    weeklyForm->setContentsMargins(0, 0, 0, 0);
    auto *daysRow = new QHBoxLayout;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), weeklyPage);
        box->setAccessibleName(QLocale().dayName(d, QLocale::LongFormat));
        m_days << box;
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    weeklyForm->addRow(tr("On:"), daysRow);
    m_startTime = new QTimeEdit(weeklyPage);
    m_startTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_startTime->setAccessibleName(tr("Start time"));
    weeklyForm->addRow(tr("S&tarts at:"), m_startTime);
    auto *durationRow = new QHBoxLayout;
    m_duration = new QComboBox(weeklyPage);
    m_duration->setAccessibleName(tr("Duration"));
    for (const qint64 ms : durationPresetsMs())
        m_duration->addItem(humanAge(ms), ms);
    m_duration->addItem(tr("Custom…"), qint64(0));
    m_customDuration = new QLineEdit(weeklyPage);
    m_customDuration->setPlaceholderText(tr("e.g. 2h30m"));
    m_customDuration->setAccessibleName(tr("Custom duration"));
    m_customDuration->hide();
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_customDuration, 1);
    auto *lastsLabel = new QLabel(tr("&Lasts:"), weeklyPage);
    lastsLabel->setBuddy(m_duration);
    weeklyForm->addRow(lastsLabel, durationRow);
    m_kindPages->addWidget(weeklyPage);
    form->addRow(m_kindPages);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Only alerts matching (optional; none = every alert):"), this));
    m_matchers = new MatcherEditor(this);
    layout->addWidget(m_matchers);

    m_critical = wrappedLabel(this);
    m_critical->setText(Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + criticalText());
    m_critical->setAccessibleName(tr("Critical alerts"));
    layout->addWidget(m_critical);

    auto *who = new QFormLayout;
    m_creator = new QLineEdit(this);
    m_creator->setAccessibleName(tr("Created by"));
    who->addRow(tr("Created &by:"), m_creator);
    m_comment = new QLineEdit(this);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("What maintenance it covers: a change, a ticket (required)"));
    who->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(who);

    m_next = wrappedLabel(this);
    m_next->setAccessibleName(tr("Next occurrence"));
    m_next->setFont(theme.font(theme.normalPt, true));
    layout->addWidget(m_next);
    m_warning = wrappedLabel(this);
    m_warning->setAccessibleName(tr("Warning"));
    layout->addWidget(m_warning);
    m_error = wrappedLabel(this);
    m_error->setAccessibleName(tr("Error"));
    QPalette bad = m_error->palette();
    bad.setColor(QPalette::WindowText, theme.unhealthy);
    m_error->setPalette(bad);
    layout->addWidget(m_error);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save window"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MaintenanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MaintenanceDialog::reject);

    connect(m_oneOff, &QRadioButton::toggled, this, [this](bool oneOff) {
        m_kindPages->setCurrentIndex(oneOff ? 0 : 1);
        updateState();
    });
    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_duration->currentData().toLongLong() == 0;
        m_customDuration->setVisible(custom);
        if (custom)
            m_customDuration->setFocus();
        updateState();
    });
    for (QLineEdit *e : {m_name, m_customDuration, m_creator, m_comment})
        connect(e, &QLineEdit::textChanged, this, &MaintenanceDialog::updateState);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &MaintenanceDialog::updateState);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceDialog::updateState);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceDialog::updateState);
    connect(m_startTime, &QTimeEdit::timeChanged, this, &MaintenanceDialog::updateState);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MaintenanceDialog::updateState);
    connect(m_matchers, &MatcherEditor::changed, this, &MaintenanceDialog::updateState);

    // A new window: once, from the next full hour, for the guide's 2 hours, in the system zone.
    MaintenanceWindow w;
    const qint64 now = book ? book->clock()->nowMs() : 0;
    w.kind = MaintenanceWindow::Kind::OneOff;
    w.startsAtMs = (now / HourMs + 1) * HourMs;
    w.endsAtMs = w.startsAtMs + DefaultLengthMs;
    w.startTime = QTime(2, 0);
    w.durationMs = DefaultLengthMs;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    w.timeZone = QTimeZone(system).isValid() ? system : QByteArrayLiteral("UTC");
    w.createdBy = book ? book->operatorName() : QString();
    setWindow(w);
    m_name->setFocus();
}

MaintenanceDialog::~MaintenanceDialog() = default;

QPushButton *MaintenanceDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void MaintenanceDialog::setWindow(const MaintenanceWindow &w)
{
    m_loaded = w;
    m_id = w.id;
    m_storeError.clear();
    setWindowTitle(isEditing() ? tr("Edit maintenance window") : tr("New maintenance window"));
    const QSignalBlocker blockZone(m_zone);
    m_name->setText(w.name);
    const QString zone = QString::fromUtf8(w.timeZone.isEmpty() ? QByteArray("UTC") : w.timeZone);
    const int zoneRow = m_zone->findText(zone);
    if (zoneRow >= 0)
        m_zone->setCurrentIndex(zoneRow);
    m_zone->setEditText(zone);
    const QByteArray z = zoneId();
    m_start->setDateTime(wallClock(w.startsAtMs, z));
    m_end->setDateTime(
        wallClock(w.endsAtMs > w.startsAtMs ? w.endsAtMs : w.startsAtMs + DefaultLengthMs, z));
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        m_days[d - 1]->setChecked(w.hasWeekday(Qt::DayOfWeek(d)));
    m_startTime->setTime(w.startTime.isValid() ? w.startTime : QTime(2, 0));
    setDurationMs(w.durationMs > 0 ? w.durationMs : DefaultLengthMs);
    m_matchers->setMatchers(w.matchers);
    m_creator->setText(w.createdBy.isEmpty() && m_book ? m_book->operatorName() : w.createdBy);
    m_comment->setText(w.comment);
    (w.kind == MaintenanceWindow::Kind::OneOff ? m_oneOff : m_weekly)->setChecked(true);
    m_kindPages->setCurrentIndex(w.kind == MaintenanceWindow::Kind::OneOff ? 0 : 1);
    updateState();
}

void MaintenanceDialog::setDurationMs(qint64 ms)
{
    const int preset = int(durationPresetsMs().indexOf(ms));
    m_duration->setCurrentIndex(preset >= 0 ? preset : m_duration->count() - 1);
    if (preset < 0)
        m_customDuration->setText(formatDuration(ms));
    m_customDuration->setVisible(preset < 0);
}

std::optional<qint64> MaintenanceDialog::durationMs() const
{
    const qint64 preset = m_duration->currentData().toLongLong();
    if (preset > 0)
        return preset;
    const Result<qint64> custom = parseDuration(m_customDuration->text().trimmed());
    if (!custom || custom.value() <= 0)
        return std::nullopt;
    return custom.value();
}

QByteArray MaintenanceDialog::zoneId() const
{
    return m_zone->currentText().trimmed().toUtf8();
}

MaintenanceWindow MaintenanceDialog::window() const
{
    MaintenanceWindow w = m_loaded;
    w.id = m_id;
    w.name = m_name->text().trimmed();
    w.kind =
        m_oneOff->isChecked() ? MaintenanceWindow::Kind::OneOff : MaintenanceWindow::Kind::Weekly;
    w.timeZone = zoneId();
    const bool zoneOk = QTimeZone(w.timeZone).isValid();
    const QByteArray zone = zoneOk ? w.timeZone : QByteArrayLiteral("UTC");
    w.startsAtMs = instantOf(m_start->dateTime(), zone);
    w.endsAtMs = instantOf(m_end->dateTime(), zone);
    w.weekdays = 0;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        w.setWeekday(Qt::DayOfWeek(d), m_days[d - 1]->isChecked());
    w.startTime = m_startTime->time();
    w.durationMs = durationMs().value_or(0);
    w.matchers = m_matchers->matchers();
    w.createdBy = m_creator->text().trimmed();
    w.comment = m_comment->text().trimmed();
    return w;
}

QString MaintenanceDialog::nextOccurrenceText() const
{
    return m_next->text();
}

QString MaintenanceDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString MaintenanceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MaintenanceDialog::updateState()
{
    const MaintenanceWindow w = window();
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;

    QStringList errors = m_matchers->errors();
    if (w.kind == MaintenanceWindow::Kind::Weekly && !durationMs())
        errors << tr("the duration \"%1\" is not one; write it as 2h or 2h30m")
                      .arg(m_customDuration->text());
    if (w.kind == MaintenanceWindow::Kind::OneOff && !QTimeZone(w.timeZone).isValid())
        errors << tr("\"%1\" is not a known time zone (use an IANA name such as Europe/Berlin)")
                      .arg(QString::fromUtf8(w.timeZone));
    const MaintenanceWindow::Validation v = w.validate();
    QStringList missing;
    for (const QString &e : v.errors) {
        // Empty required fields are a hint, not an error, until the user fills them.
        if ((w.name.isEmpty() && e == MaintenanceWindow::tr("a maintenance window needs a name")) ||
            (w.comment.isEmpty() &&
             e.startsWith(MaintenanceWindow::tr("a maintenance window needs a comment"))) ||
            (w.createdBy.isEmpty() &&
             e == MaintenanceWindow::tr("a maintenance window needs its creator's name")))
            missing << e;
        else if (!errors.contains(e))
            errors << e;
    }
    // A refusal from the book stays in view but does not stop a second attempt.
    const QStringList shown = m_storeError.isEmpty() ? errors : errors + QStringList{m_storeError};
    m_error->setText(shown.isEmpty()
                         ? QString()
                         : Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + shown.join(u'\n'));
    m_error->setVisible(!shown.isEmpty());

    QStringList warnings = v.warnings;
    if (!missing.isEmpty())
        warnings << tr("Still needed: %1").arg(missing.join(QStringLiteral("; ")));
    m_warning->setText(warnings.isEmpty() ? QString()
                                          : Theme::statusGlyph(HealthStatus::Degraded) + u' ' +
                                                warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    // The next occurrence, in the window's own zone.
    const bool schedulable =
        v.ok() || (errors.isEmpty() &&
                   std::all_of(v.errors.cbegin(), v.errors.cend(),
                               [&missing](const QString &e) { return missing.contains(e); }));
    const std::optional<MaintenanceWindow::Occurrence> occ =
        schedulable ? w.nextOccurrence(now) : std::nullopt;
    if (!schedulable) {
        m_next->setText(tr("Next occurrence: shown once the schedule is complete"));
    } else if (!occ) {
        m_next->setText(tr("No occurrence left: the window has ended"));
    } else {
        const QString fmt = QStringLiteral("ddd yyyy-MM-dd HH:mm");
        const QByteArray zone = w.timeZone;
        const QString end =
            zoneTime(occ->endMs, zone,
                     QDateTime::fromMSecsSinceEpoch(occ->endMs, QTimeZone(zone)).date() ==
                             QDateTime::fromMSecsSinceEpoch(occ->startMs, QTimeZone(zone)).date()
                         ? QStringLiteral("HH:mm")
                         : fmt);
        if (occ->contains(now))
            m_next->setText(tr("In force now: %1 to %2 %3 (%4 left)")
                                .arg(zoneTime(occ->startMs, zone, fmt), end,
                                     QString::fromUtf8(zone), humanAge(occ->endMs - now)));
        else
            m_next->setText(tr("Next: %1 to %2 %3 (in %4)")
                                .arg(zoneTime(occ->startMs, zone, fmt), end,
                                     QString::fromUtf8(zone), humanAge(occ->startMs - now)));
    }

    m_critical->setText(
        w.suppressCritical
            ? Theme::statusGlyph(HealthStatus::Degraded) + u' ' +
                  tr("This window was set to suppress critical alerts too (outside this dialog); "
                     "the guide never suppresses critical system failures.")
            : Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + criticalText());

    okButton()->setEnabled(v.ok() && errors.isEmpty() && m_book);
}

void MaintenanceDialog::accept()
{
    if (!m_book)
        return;
    m_storeError.clear();
    const MaintenanceWindow w = window();
    if (!w.validate().ok()) {
        updateState();
        return;
    }
    if (isEditing()) {
        if (const std::optional<Error> e = m_book->updateMaintenanceWindow(w)) {
            m_storeError = e->toString();
            updateState();
            return;
        }
        m_saved = m_book->maintenanceWindow(w.id).value_or(w);
    } else {
        const Result<MaintenanceWindow> added = m_book->addMaintenanceWindow(w);
        if (!added) {
            m_storeError = added.error().toString();
            updateState();
            return;
        }
        m_saved = added.value();
    }
    QDialog::accept();
}

} // namespace Wk
