#pragma once

#include "models/core/clock.h"
#include "models/incidents/incidentwriteresult.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QVBoxLayout;

namespace Wk {

class IncidentNoteBox;
class IncidentRepository;
class IncidentTimelineModel;

// Everything about the selected incident: severity and stage, commander and responders, the two
// countdowns, the communication checklist, post-incident action items, linked alerts, the
// timeline and a note box (Ctrl+Enter adds the note). Edits go to the repository with the
// version shown, so an edit made on an out-of-date view is refused and said so.
class IncidentDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentDetailPane(QWidget *parent = nullptr);
    ~IncidentDetailPane() override;

    // Both must outlive the pane; not owned.
    void setRepository(IncidentRepository *repository, Clock *clock);
    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_id; }
    // Read-only: no edits, no note box (the wall display).
    void setReadOnly(bool readOnly);

    IncidentNoteBox *noteBox() const { return m_noteBox; }
    QListView *timelineView() const { return m_timeline; }
    // The header and countdown lines as shown (tests, accessibility).
    QStringList summaryLines() const;
    // Re-reads the countdowns (the board calls this each second).
    void refreshCountdowns();

Q_SIGNALS:
    void writeFinished(const Wk::IncidentWriteResult &result);

private:
    void refresh();
    void scheduleRefresh();
    void report(const IncidentWriteResult &result);
    void addNote(const QString &text);
    void addActionItem();
    void actionItemToggled(QListWidgetItem *item);

    IncidentRepository *m_repository = nullptr; // not owned
    Clock *m_clock = nullptr;                   // not owned
    IncidentTimelineModel *m_timelineModel = nullptr;
    qint64 m_id = 0;
    bool m_readOnly = false;
    bool m_refreshing = false;
    bool m_refreshPending = false;

    QLabel *m_title;
    QLabel *m_header;
    QLabel *m_people;
    QLabel *m_sla;
    QLabel *m_impact;
    QLabel *m_alerts;
    QLabel *m_message;
    QComboBox *m_severity;
    QPushButton *m_acknowledge;
    QPushButton *m_takeCommand;
    QWidget *m_editRow;
    QWidget *m_checklistBox;
    QVBoxLayout *m_checklist;
    QList<QCheckBox *> m_ticks;
    QListWidget *m_actions;
    QWidget *m_addActionRow;
    QLineEdit *m_actionText;
    QLineEdit *m_actionOwner;
    QDateEdit *m_actionDue;
    QListView *m_timeline;
    IncidentNoteBox *m_noteBox;
    QPushButton *m_addNote;
};

} // namespace Wk
