#pragma once

#include "widgets/theme.h"

#include <QStyledItemDelegate>

#include <functional>

namespace Wk {

struct SlaStatus;

// Paints one incident (a row of an IncidentListModel) as a kanban card: a stripe and a "P1"
// badge in the severity's colour, the severity's name, the age, the title (two lines at most),
// the commander, firing alerts, changes waiting offline, and the response and resolution
// countdowns. Amber and red countdowns carry a glyph and a word ("▲ DUE SOON", "✖ BREACHED"),
// never colour alone.
class IncidentCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using NowFunction = std::function<qint64()>;

    explicit IncidentCardDelegate(NowFunction now, QObject *parent = nullptr);

    void setTheme(const Theme &theme) { m_theme = theme; }
    const Theme &theme() const { return m_theme; }
    // Compact cards for the wall's large type: the title gets three lines.
    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }
    int cardHeight() const;

    // The card as plain text lines, in reading order (accessibility, tests).
    QStringList cardLines(const QModelIndex &index) const;
    // The severity's colour: P1 vermillion, P2 orange, P3 blue, P4 grey (with the word always).
    static QColor severityColour(const Theme &theme, int severity);
    // Glyph and word for a countdown's state ("▲ DUE SOON"), and the rest of its line.
    static QString slaBadge(const SlaStatus &status);
    static QString slaDetail(const SlaStatus &status);
    // "4:59" under an hour, "3 h 5 min" above: a countdown that visibly counts.
    static QString formatCountdown(qint64 ms);
    // "1 change waiting to be stored", "3 changes ...".
    static QString waitingText(int changes);
    // "1 alert firing", "2 alerts firing".
    static QString firingText(int alerts);
    // The countdown line without its badge, short: "Response +2:00", "Resolution met".
    static QString slaCompactDetail(const SlaStatus &status);
    // Shorter still, for narrow cards: "Resolution 3 h 48 min" (the glyph says it runs).
    static QString slaShortestDetail(const SlaStatus &status);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int titleLines() const { return m_compact ? 3 : 2; }

    NowFunction m_now;
    Theme m_theme;
    bool m_compact = false;
};

} // namespace Wk
