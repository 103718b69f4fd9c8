#pragma once

#include "models/core/clock.h"
#include "models/incidents/incidentstage.h"
#include "models/incidents/incidentwriteresult.h"
#include "widgets/theme.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace Wk {

class IncidentCardDelegate;
class IncidentColumnView;
class IncidentDetailPane;
class IncidentFilterModel;
class IncidentListModel;
class IncidentRepository;

// The incident board: one column per stage (Detection to Follow-up, then Closed) of cards,
// filters (severity, mine, open only), a status line that says when the database is
// unreachable or a change was refused, and the detail pane of the selected incident.
// Cards move by drag and drop or with `[` / `]` (previous / next stage); Left and Right walk
// the columns. In wall mode the board is read-only, has no filters or detail pane, and draws
// with the wall theme's large type.
//
// The board reads the repository through item models and sends every move with the version it
// showed, so a move made on an out-of-date card is refused rather than overwriting.
class IncidentBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentBoard(QWidget *parent = nullptr);
    ~IncidentBoard() override;

    // Both must outlive the board; not owned. Ages and countdowns tick on `clock` while the
    // board is shown.
    void setRepository(IncidentRepository *repository, Clock *clock);
    IncidentRepository *repository() const { return m_repository; }

    void setWallMode(bool wall);
    bool isWallMode() const { return m_wall; }

    // Filters. Empty severities: all.
    void setSeverityFilter(const QSet<IncidentSeverity> &severities);
    void setMineOnly(bool mine);
    void setOpenOnly(bool openOnly);

    qint64 selectedIncident() const { return m_selected; }
    void selectIncident(qint64 incidentId);
    // Moves the selected card one stage back (-1) or on (+1), as `[` and `]` do.
    IncidentWriteResult stepSelected(int direction);
    // Moves an incident, as a drop does; `version` is the one the card showed.
    IncidentWriteResult moveIncident(qint64 incidentId, int version, IncidentStage stage);

    IncidentColumnView *column(IncidentStage stage) const;
    int cardCount(IncidentStage stage) const;
    // The card of `incidentId` as plain text lines (empty when filtered out).
    QStringList cardLines(qint64 incidentId) const;
    IncidentDetailPane *detailPane() const { return m_detail; }
    // The status line: connection state, waiting changes, the last refusal.
    QString statusText() const;

Q_SIGNALS:
    void selectionChanged(qint64 incidentId);
    void writeFinished(const Wk::IncidentWriteResult &result);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyTheme();
    void applyFilters();
    void updateHeaders();
    void updateStatus();
    void report(const IncidentWriteResult &result);
    void focusColumn(IncidentStage from, int direction);
    void scheduleTick();
    void stopTick();
    const Theme &theme() const { return m_theme; }

    IncidentRepository *m_repository = nullptr; // not owned
    Clock *m_clock = nullptr;                   // not owned
    IncidentListModel *m_model = nullptr;       // owned through QObject parent
    IncidentCardDelegate *m_delegate;           // owned through QObject parent
    QHash<IncidentStage, IncidentFilterModel *> m_filters;
    QHash<IncidentStage, IncidentColumnView *> m_columns;
    QHash<IncidentStage, QLabel *> m_headers;
    QWidget *m_filterBar;
    QList<QToolButton *> m_severityButtons;
    QCheckBox *m_mine;
    QCheckBox *m_openOnly;
    QLabel *m_status;
    QSplitter *m_splitter;
    IncidentDetailPane *m_detail;
    Theme m_theme;
    bool m_wall = false;
    bool m_sized = false;
    qint64 m_selected = 0;
    QString m_lastProblem;
    Clock::TimerId m_tick = 0;
};

} // namespace Wk
