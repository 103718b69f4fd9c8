#pragma once

#include "models/alerts/maintenancewindow.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimeEdit;

namespace Wk {

class AlertBook;
class MatcherEditor;

// Creates or edits a maintenance window: a name, one-off (start and end) or weekly (weekdays, a
// start time, a duration and an IANA time zone; one-off times are entered in that zone too),
// optional matchers, the creator and a required comment. Critical alerts are never suppressed
// (the guide), which the dialog states as fixed text. It shows the next occurrence as the window
// stands, and warns when the length is outside the guide's 2 to 4 hours. OK adds or updates the
// window through the AlertBook; refusals are shown inline.
class MaintenanceDialog final : public QDialog
{
    Q_OBJECT
public:
    // book is not owned.
    explicit MaintenanceDialog(AlertBook *book, QWidget *parent = nullptr);
    ~MaintenanceDialog() override;

    // 1 h, 2 h, 3 h, 4 h, 6 h, 8 h.
    static QList<qint64> durationPresetsMs();
    static QString criticalText();

    // A new window (id 0) or one to edit.
    void setWindow(const MaintenanceWindow &window);
    // The window as entered.
    MaintenanceWindow window() const;
    bool isEditing() const { return m_id != 0; }
    // The window as saved (with its id), after OK succeeded.
    MaintenanceWindow savedWindow() const { return m_saved; }

    // "Next: Tue 2026-03-03 02:00 to 05:00 Europe/Berlin (in 2 d 4 h)", "In force now until
    // 05:00 ...", or "No occurrence left".
    QString nextOccurrenceText() const;
    QString warningText() const; // the guide's warnings, empty when none
    QString errorText() const;   // what stops saving, empty when nothing
    QPushButton *okButton() const;

    // Fields, for tests and keyboard-free setup.
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *oneOffButton() const { return m_oneOff; }
    QRadioButton *weeklyButton() const { return m_weekly; }
    QCheckBox *weekdayBox(Qt::DayOfWeek day) const { return m_days.value(int(day) - 1); }
    QTimeEdit *startTimeEdit() const { return m_startTime; }
    QComboBox *durationCombo() const { return m_duration; }
    QLineEdit *customDurationEdit() const { return m_customDuration; }
    QComboBox *timeZoneCombo() const { return m_zone; }
    QDateTimeEdit *oneOffStartEdit() const { return m_start; }
    QDateTimeEdit *oneOffEndEdit() const { return m_end; }
    MatcherEditor *matcherEditor() const { return m_matchers; }
    QLineEdit *creatorEdit() const { return m_creator; }
    QLineEdit *commentEdit() const { return m_comment; }

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    void setDurationMs(qint64 ms);
    std::optional<qint64> durationMs() const;
    QByteArray zoneId() const;
    void zoneChanged();

    QPointer<AlertBook> m_book; // not owned
    qint64 m_id = 0;
    MaintenanceWindow m_loaded; // what setWindow() was given, for fields the dialog does not show
    MaintenanceWindow m_saved;
    QByteArray m_shownZone; // the zone the one-off fields are shown in
    QString m_storeError;

    QLineEdit *m_name;
    QRadioButton *m_oneOff;
    QRadioButton *m_weekly;
    QStackedWidget *m_kindPages;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QList<QCheckBox *> m_days; // Monday first
    QTimeEdit *m_startTime;
    QComboBox *m_duration;
    QLineEdit *m_customDuration;
    QComboBox *m_zone;
    MatcherEditor *m_matchers;
    QLabel *m_critical;
    QLineEdit *m_creator;
    QLineEdit *m_comment;
    QLabel *m_next;
    QLabel *m_warning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Wk
