#pragma once

#include "models/sources/healthstatus.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>

namespace Wk {

// Every colour, type size and spacing a widget uses. Two variants: `desktop` (light, normal
// type) and `wall` (dark, high contrast, type readable across a room). Status colours follow the
// Okabe-Ito palette so they stay apart for colour-blind readers; status is also always shown with
// a glyph and a word (statusGlyph(), healthStatusText()).
struct Theme
{
    enum class Variant { Desktop, Wall };

    Variant variant = Variant::Desktop;
    QString name;
    bool dark = false;

    QColor window;        // page background
    QColor surface;       // tile and chart background
    QColor text;          // primary text
    QColor textMuted;     // secondary text (axis labels, ages, targets)
    QColor grid;          // chart grid lines
    QColor axis;          // chart axis lines
    QColor border;        // tile borders
    QColor accent;        // focus, selection, rubber band
    QColor staleWash;     // laid over charts whose data is stale (carries its own alpha)
    QColor healthy;       // Okabe-Ito bluish green
    QColor degraded;      // Okabe-Ito orange
    QColor unhealthy;     // Okabe-Ito vermillion
    QColor unknown;       // grey
    QColor onStatus;      // text drawn on a status-coloured fill
    QColor target;        // target lines
    QList<QColor> series; // line colours in order of use

    QString fontFamily;
    int smallPt = 8;   // ages, footnotes
    int normalPt = 10; // body text, legend
    int axisPt = 8;    // chart axis labels
    int titlePt = 11;  // panel and tile titles
    int bigPt = 28;    // the number on a stat tile

    qreal lineWidth = 1.5;          // series lines
    qreal thresholdLineWidth = 1.0; // threshold and target lines
    int spacing = 6;                // between items
    int padding = 8;                // inside tiles
    int radius = 4;                 // tile corners
    int tileWidth = 260;            // minimum status tile width
    int tileHeight = 118;           // status tile height
    bool antialiasCharts = true;

    static Theme desktop();
    static Theme wall();

    QColor statusColour(HealthStatus s) const;
    QColor seriesColour(int index) const;
    QFont font(int pointSize, bool bold = false) const;
    // A QPalette matching the theme, for the application or a top-level window.
    QPalette palette() const;

    // ✔ healthy, ▲ degraded, ✖ unhealthy, ? unknown.
    static QString statusGlyph(HealthStatus s);
    // "✔ healthy": the glyph and the translated word.
    static QString statusLabel(HealthStatus s);
};

} // namespace Wk
