#pragma once

#include "models/alerts/alertstatus.h"
#include "widgets/theme.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Wk {

// How alert severities, states and suppressions look: a glyph and a translated word for each,
// and a colour from the theme. Status is never told by colour alone, so every label here carries
// its glyph and its word.
class AlertStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::AlertStyle)
public:
    // critical ✖, high ▲, medium ◆, low ▽, anything else ●.
    static QString severityGlyph(const QString &severity);
    // The translated word; an unknown severity as written, "none" when empty.
    static QString severityWord(const QString &severity);
    static QString severityLabel(const QString &severity); // "✖ critical"
    // critical vermillion, high orange, medium the accent blue, low and others grey.
    static QColor severityColour(const Theme &theme, const QString &severity);

    // firing ●, pending ◐, resolved ✔.
    static QString stateGlyph(AlertStatus::State state);
    static QString stateLabel(AlertStatus::State state); // "● firing"
    static QString stateLabel(const QString &stateName); // from "pending", "firing", "resolved"
    static QColor stateColour(const Theme &theme, AlertStatus::State state);

    // A moment near nowMs in local time: "14:30" the same day, "Tue 14:30" within a week,
    // "2026-03-03 14:30" otherwise.
    static QString timeText(qint64 ms, qint64 nowMs);

    static QString acknowledgedGlyph(); // ✓
    static QString suppressedGlyph();   // ⊘
};

} // namespace Wk
