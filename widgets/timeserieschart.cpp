#include "widgets/timeserieschart.h"

#include "widgets/decimate.h"
#include "widgets/flowlayout.h"
#include "widgets/legendtemplate.h"
#include "widgets/niceaxis.h"
#include "widgets/thememanager.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>

#include <QLocale>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QAbstractButton>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QResizeEvent>
#include <QRubberBand>
#include <QStaticText>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk {

namespace {

constexpr int maxLegendEntries = 16;
constexpr int maxReadoutLines = 10;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool earlier(const Sample &a, const Sample &b)
{
    return a.t < b.t;
}

// The sample spacing a series was recorded at: the median gap between its first samples.
qint64 guessStep(const std::vector<Sample> &samples)
{
    std::vector<qint64> deltas;
    deltas.reserve(64);
    for (size_t i = 1; i < samples.size() && deltas.size() < 64; ++i) {
        const qint64 d = samples[i].t - samples[i - 1].t;
        if (d > 0)
            deltas.push_back(d);
    }
    if (deltas.empty())
        return 0;
    std::nth_element(deltas.begin(), deltas.begin() + qsizetype(deltas.size() / 2), deltas.end());
    return deltas[deltas.size() / 2];
}

// In the user's conventions: a 12-hour clock where the locale's short time has AM/PM, the day
// before the month where its dates put it ("20. Nov." in German, "20 nov" in Spanish).
QString timeFormatFor(qint64 spanMs)
{
    const QLocale locale;
    const bool twelveHour =
        locale.timeFormat(QLocale::ShortFormat).contains(u'a', Qt::CaseInsensitive);
    const QString hm = twelveHour ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm");
    const QString shortDate = locale.dateFormat(QLocale::ShortFormat);
    const bool dayFirst = shortDate.indexOf(u'd') < shortDate.indexOf(u'M');
    const QString day = !dayFirst                                 ? QStringLiteral("MMM d")
                        : shortDate.contains(QLatin1String("d.")) ? QStringLiteral("d. MMM")
                                                                  : QStringLiteral("d MMM");
    if (spanMs <= 15 * 60'000)
        return twelveHour ? QStringLiteral("h:mm:ss AP") : QStringLiteral("HH:mm:ss");
    if (spanMs <= 2 * 86'400'000LL)
        return hm;
    if (spanMs <= 14 * 86'400'000LL)
        return day + u' ' + hm;
    return day;
}

// A legend entry: a colour swatch and the series' name, checked while the series is shown.
// Painted directly: a styled tool button costs several times more on every dashboard refresh.
class LegendButton final : public QAbstractButton
{
public:
    explicit LegendButton(QWidget *parent)
        : QAbstractButton(parent)
    {
        setCheckable(true);
        setFocusPolicy(Qt::TabFocus);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        setAttribute(Qt::WA_Hover);
    }
    void setColour(const QColor &colour)
    {
        m_colour = colour;
        update();
    }
    QSize sizeHint() const override
    {
        const QFontMetrics fm = fontMetrics();
        const int h = fm.height();
        return QSize(h + h / 2 + fm.horizontalAdvance(text()) + h / 2, h + h / 3);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const Theme &th = ThemeManager::current();
        QPainter p(this);
        const int h = fontMetrics().height();
        if (underMouse() || hasFocus()) {
            p.setPen(hasFocus() ? QPen(th.accent, 1) : Qt::NoPen);
            p.setBrush(th.window);
            p.drawRect(rect().adjusted(0, 0, -1, -1));
        }
        // A filled swatch while shown, an outline while hidden.
        const int side = std::max(4, h * 7 / 10);
        const QRect box(h / 4, (height() - side) / 2, side, side);
        if (isChecked()) {
            p.fillRect(box, m_colour);
        } else {
            const int w = std::max(1, h / 8);
            p.setPen(QPen(m_colour, w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(w / 2, w / 2, -(w + 1) / 2, -(w + 1) / 2));
        }
        // The name is laid out once (QStaticText) rather than on every paint.
        if (m_static.text() != text() || m_staticFont != font()) {
            m_static.setText(text());
            m_static.setTextFormat(Qt::PlainText);
            m_staticFont = font();
            m_static.prepare(QTransform(), m_staticFont);
        }
        p.setFont(m_staticFont);
        p.setPen(isChecked() ? th.text : th.textMuted);
        const QPointF at(box.right() + h / 3.0, (height() - m_static.size().height()) / 2);
        p.drawStaticText(at, m_static);
        if (!isChecked()) { // struck through while hidden
            const double y = at.y() + m_static.size().height() / 2;
            p.drawLine(QPointF(at.x(), y), QPointF(at.x() + m_static.size().width(), y));
        }
    }

private:
    QColor m_colour;
    QStaticText m_static;
    QFont m_staticFont;
};

} // namespace

class TimeSeriesChart::Private
{
public:
    class View;
    class Overlay;
    class LineLayer;

    struct Line
    {
        QString legend;
        QString labelsText;
        std::vector<Sample> samples; // sorted by time
        int colourIndex = 0;
        bool visible = true;
        int points = 0;
        int runs = 0;
    };

    explicit Private(TimeSeriesChart *q);

    void applyTheme();
    void markDirty();
    void rebuild();
    void rebuildLegend();
    void fitLegend();
    void updateLegendVisibility();
    void updateOverlay();
    void positionLineLabels();
    void assignColours();

    QPair<qint64, qint64> homeRange() const;
    QPair<qint64, qint64> viewRange() const;
    qint64 maxStep(const Line &line) const;
    QList<QPointF> pointsFor(const Line &line, qint64 t0, qint64 t1, int columns) const;
    QLineSeries *acquireRuleSeries(int index);
    QGraphicsSimpleTextItem *ruleLabel(int index);

    // Interaction, in view coordinates.
    QRectF plotRectInView() const;
    qint64 timeAtViewX(double x) const;
    void zoomTo(qint64 t0, qint64 t1, bool notify);
    void resetZoom(bool notify);
    void zoomBy(double factor, double anchorFraction);
    void panBy(double fraction);
    void hoverAt(const QPoint &pos);
    void hideHover();

    struct ReadoutEntry
    {
        QColor colour;
        QString name;
        QString value;
    };
    QString readoutTime(qint64 t) const;
    QList<ReadoutEntry> readoutEntries(qint64 t) const;

    TimeSeriesChart *q; // not owned
    QLabel *titleLabel = nullptr;
    View *view = nullptr;
    QChart *chart = nullptr;
    QDateTimeAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    Overlay *overlay = nullptr;
    QLabel *hoverLabel = nullptr;
    QGraphicsLineItem *crosshair = nullptr;
    QWidget *legendBox = nullptr;
    FlowLayout *legendLayout = nullptr;
    QList<LegendButton *> legendButtons;
    QLabel *legendMore = nullptr;
    QStringList legendSignature;
    int legendTextWidth = 0; // longest legend text in pixels, from the chart's width
    QTimer refreshTimer;

    QList<Line> lines;
    QHash<QString, int> colourOf; // legend -> colour index, for the current series only
    QHash<QString, bool> hiddenLegends;
    LineLayer *layer = nullptr;                  // the data lines, owned by the chart item
    QList<QLineSeries *> rules;                  // thresholds then target, owned by the chart
    QList<QGraphicsSimpleTextItem *> ruleLabels; // owned by the chart
    QList<double> ruleValues;                    // scaled values of the rules in use
    int rulesUsed = 0;

    Unit unit = Unit::None;
    UnitScale scale;
    QList<Threshold> thresholds;
    bool hasTarget = false;
    double targetValue = 0;
    QString targetLabel;
    bool hasHome = false;
    qint64 homeMin = 0;
    qint64 homeMax = 0;
    bool zoomed = false;
    qint64 zoomMin = 0;
    qint64 zoomMax = 0;
    double fixedMin = nan;
    double fixedMax = nan;
    qint64 stepMs = 0;
    bool loading = false;
    QString error;
    bool everSet = false;
    qint64 refreshMs = 60'000;
    qint64 ageMs = 0;
    bool interactive = true;
    bool dirty = true;
    int columns = 0;
    qint64 shownMin = 0;
    qint64 shownMax = 0;

    // Axis state last handed to Qt Charts, so unchanged axes are not laid out again.
    qint64 axisXMin = -1;
    qint64 axisXMax = -1;
    int axisXTicks = -1;
    QString axisXFormat;
    double axisYMin = nan;
    double axisYMax = nan;
    int axisYTicks = -1;
    QString axisYFormat;
};

// The data lines. Qt Charts' own line item strokes its whole path again on every geometry
// change (for its hit-testing shape), about a millisecond per 800-point line; drawing the
// decimated runs as polylines inside the chart's plot area keeps a dashboard refresh within a
// frame. Qt Charts still lays out the plot and draws axes, grid and labels.
class TimeSeriesChart::Private::LineLayer final : public QGraphicsItem
{
public:
    struct Run
    {
        QList<QPointF> points; // x: epoch ms, y: display units
        int pen = 0;
    };

    explicit LineLayer(QChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setZValue(5); // over the grid, under labels and the crosshair
        setFlag(QGraphicsItem::ItemHasNoContents, false);
    }

    void setLines(QList<Run> runs, QList<QPen> pens, qint64 x0, qint64 x1, double y0, double y1)
    {
        m_runs = std::move(runs);
        m_pens = std::move(pens);
        m_x0 = double(x0);
        m_x1 = double(x1);
        m_y0 = y0;
        m_y1 = y1;
        plotAreaChanged();
        update();
    }
    void plotAreaChanged()
    {
        const QRectF plot = m_chart->plotArea();
        if (plot != m_plot) {
            prepareGeometryChange();
            m_plot = plot;
        }
    }
    QRectF boundingRect() const override { return m_plot; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_plot.isEmpty() || m_x1 <= m_x0 || m_y1 <= m_y0)
            return;
        const double sx = m_plot.width() / (m_x1 - m_x0);
        const double sy = m_plot.height() / (m_y1 - m_y0);
        const double left = m_plot.left();
        const double bottom = m_plot.bottom();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, ThemeManager::current().antialiasCharts);
        painter->setClipRect(m_plot.adjusted(-1, -1, 1, 1));
        int current = -1;
        QList<QPointF> offsets{QPointF(0, 0)};
        for (const Run &run : m_runs) {
            if (run.pen != current) {
                current = run.pen;
                // Lines wider than a pixel are stamped with a one-pixel cosmetic pen at offsets
                // across the width: the rasterizer's thin-line path is many times cheaper than
                // stroking a wide zig-zag outline and filling it.
                QPen pen = m_pens.at(current);
                const int width = std::max(1, int(std::lround(pen.widthF())));
                offsets = {QPointF(0, 0)};
                for (int d = 1; d <= (width - 1) / 2; ++d)
                    offsets << QPointF(0, -d) << QPointF(0, d) << QPointF(-d, 0) << QPointF(d, 0);
                if (width % 2 == 0) // an even width leans half a pixel down and right
                    offsets << QPointF(0, width / 2.0) << QPointF(width / 2.0, 0);
                pen.setWidth(1);
                pen.setCosmetic(true);
                painter->setPen(pen);
            }
            m_buffer.resize(run.points.size());
            QPointF *out = m_buffer.data();
            for (const QPointF &p : run.points)
                *out++ = QPointF(left + (p.x() - m_x0) * sx, bottom - (p.y() - m_y0) * sy);
            for (const QPointF &offset : std::as_const(offsets)) {
                painter->translate(offset);
                if (m_buffer.size() == 1)
                    painter->drawPoint(m_buffer.first());
                else
                    painter->drawPolyline(m_buffer.constData(), int(m_buffer.size()));
                painter->translate(-offset);
            }
        }
        painter->restore();
    }

private:
    QChart *m_chart; // not owned: the parent item
    QList<Run> m_runs;
    QList<QPen> m_pens;
    double m_x0 = 0;
    double m_x1 = 1;
    double m_y0 = 0;
    double m_y1 = 1;
    QRectF m_plot;
    QPolygonF m_buffer;
};

// Drawn over the plot: a wash and a message for loading, no data, errors and stale data.
class TimeSeriesChart::Private::Overlay final : public QWidget
{
public:
    explicit Overlay(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

    QString message; // centred
    QString badge;   // top right
    bool wash = false;

protected:
    void paintEvent(QPaintEvent *) override
    {
        const Theme &th = ThemeManager::current();
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        if (wash)
            p.fillRect(rect(), th.staleWash);
        if (!message.isEmpty()) {
            p.setFont(th.font(th.titlePt, true));
            p.setPen(th.text);
            p.drawText(rect().adjusted(th.padding, th.padding, -th.padding, -th.padding),
                       Qt::AlignCenter | Qt::TextWordWrap, message);
        }
        if (!badge.isEmpty()) {
            const QFont f = th.font(th.normalPt, true);
            const QFontMetrics fm(f);
            const int w = fm.horizontalAdvance(badge) + 2 * th.padding;
            const int h = fm.height() + th.padding;
            const QRect r(width() - w - th.padding, th.padding / 2, w, h);
            p.setPen(Qt::NoPen);
            p.setBrush(th.degraded);
            p.drawRoundedRect(r, th.radius, th.radius);
            p.setFont(f);
            p.setPen(th.onStatus);
            p.drawText(r, Qt::AlignCenter, badge);
        }
    }
};

// Chart view that turns mouse and keys into zoom, pan and hover.
class TimeSeriesChart::Private::View final : public QChartView
{
public:
    View(QChart *chart, Private *d, QWidget *parent)
        : QChartView(chart, parent)
        , d(d)
        , band(QRubberBand::Rectangle, this)
    {
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // The scene changes wholesale on each refresh: an item index costs more than it saves.
        scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
        setCacheMode(QGraphicsView::CacheNone);
        setOptimizationFlags(QGraphicsView::DontSavePainterState |
                             QGraphicsView::DontAdjustForAntialiasing);
        band.hide();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        if (d->overlay)
            d->overlay->setGeometry(rect());
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        const QRectF plot = d->plotRectInView();
        if (!d->interactive || !plot.contains(event->position())) {
            QChartView::mousePressEvent(event);
            return;
        }
        pressX = event->position().x();
        if (event->button() == Qt::MiddleButton ||
            (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
            mode = Mode::Pan;
            panStart = d->viewRange();
            setCursor(Qt::ClosedHandCursor);
        } else if (event->button() == Qt::LeftButton) {
            mode = Mode::Zoom;
            band.setGeometry(QRect(int(pressX), int(plot.top()), 1, int(plot.height())));
            band.show();
        }
        d->hideHover();
        event->accept();
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QRectF plot = d->plotRectInView();
        const double x = std::clamp(event->position().x(), plot.left(), plot.right());
        switch (mode) {
        case Mode::Zoom:
            band.setGeometry(QRect(QPoint(int(std::min(pressX, x)), int(plot.top())),
                                   QPoint(int(std::max(pressX, x)), int(plot.bottom()))));
            break;
        case Mode::Pan: {
            const double span = double(panStart.second - panStart.first);
            const qint64 shift = qint64(-(event->position().x() - pressX) * span / plot.width());
            d->zoomTo(panStart.first + shift, panStart.second + shift, false);
            d->rebuild();
            break;
        }
        case Mode::None:
            if (d->interactive)
                d->hoverAt(event->position().toPoint());
            QChartView::mouseMoveEvent(event);
            return;
        }
        event->accept();
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const Mode was = std::exchange(mode, Mode::None);
        unsetCursor();
        if (was == Mode::Zoom) {
            band.hide();
            const QRectF plot = d->plotRectInView();
            const double x = std::clamp(event->position().x(), plot.left(), plot.right());
            if (std::fabs(x - pressX) >= 5) {
                const qint64 a = d->timeAtViewX(std::min(pressX, x));
                const qint64 b = d->timeAtViewX(std::max(pressX, x));
                if (b > a)
                    d->zoomTo(a, b, true);
            }
        } else if (was == Mode::Pan) {
            const auto r = d->viewRange();
            Q_EMIT d->q->viewRangeChanged(r.first, r.second);
        } else {
            QChartView::mouseReleaseEvent(event);
            return;
        }
        event->accept();
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (!d->interactive) {
            QChartView::mouseDoubleClickEvent(event);
            return;
        }
        mode = Mode::None;
        band.hide();
        d->resetZoom(true);
        event->accept();
    }
    void wheelEvent(QWheelEvent *event) override
    {
        // Plain wheel zooms only once the chart has focus, so scrolling a dashboard page over a
        // chart still scrolls the page; Ctrl+wheel always zooms.
        const bool zoom = d->interactive && event->angleDelta().y() != 0 &&
                          (hasFocus() || (event->modifiers() & Qt::ControlModifier));
        if (!zoom) {
            event->ignore();
            return;
        }
        const QRectF plot = d->plotRectInView();
        const double anchor =
            std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
        d->zoomBy(event->angleDelta().y() > 0 ? 0.8 : 1.25, anchor);
        event->accept();
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!d->interactive) {
            QChartView::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            d->zoomBy(0.8, 0.5);
            break;
        case Qt::Key_Minus:
            d->zoomBy(1.25, 0.5);
            break;
        case Qt::Key_Left:
            d->panBy(-0.1);
            break;
        case Qt::Key_Right:
            d->panBy(0.1);
            break;
        case Qt::Key_Home:
        case Qt::Key_0:
            d->resetZoom(true);
            break;
        case Qt::Key_Escape:
            mode = Mode::None;
            band.hide();
            d->hideHover();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
        }
        event->accept();
    }
    void leaveEvent(QEvent *event) override
    {
        d->hideHover();
        QChartView::leaveEvent(event);
    }

private:
    enum class Mode { None, Zoom, Pan };
    Private *d; // not owned
    QRubberBand band;
    Mode mode = Mode::None;
    double pressX = 0;
    QPair<qint64, qint64> panStart;
};

TimeSeriesChart::Private::Private(TimeSeriesChart *q)
    : q(q)
{}

void TimeSeriesChart::Private::markDirty()
{
    dirty = true;
    if (q->isVisible() && !refreshTimer.isActive())
        refreshTimer.start();
}

QPair<qint64, qint64> TimeSeriesChart::Private::homeRange() const
{
    if (hasHome)
        return {homeMin, homeMax};
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const Line &l : lines) {
        if (l.samples.empty())
            continue;
        lo = std::min(lo, l.samples.front().t);
        hi = std::max(hi, l.samples.back().t);
    }
    if (lo > hi) {
        hi = QDateTime::currentMSecsSinceEpoch();
        lo = hi - 3'600'000;
    }
    if (lo == hi) {
        lo -= 30'000;
        hi += 30'000;
    }
    return {lo, hi};
}

QPair<qint64, qint64> TimeSeriesChart::Private::viewRange() const
{
    return zoomed ? QPair<qint64, qint64>(zoomMin, zoomMax) : homeRange();
}

qint64 TimeSeriesChart::Private::maxStep(const Line &line) const
{
    const qint64 step = stepMs > 0 ? stepMs : guessStep(line.samples);
    return step > 0 ? step * 5 / 2 : 0;
}

QList<QPointF> TimeSeriesChart::Private::pointsFor(const Line &line, qint64 t0, qint64 t1,
                                                   int cols) const
{
    const std::vector<Sample> &s = line.samples;
    const qint64 limit = maxStep(line);
    QList<QPointF> pts = decimateMinMax(s, t0, t1, cols, limit);
    // Carry the line to the plot edges: the neighbours just outside the range join it when no
    // gap separates them.
    const size_t n = s.size();
    const size_t i0 =
        size_t(std::lower_bound(s.begin(), s.end(), Sample{t0, 0}, earlier) - s.begin());
    const size_t i1 =
        size_t(std::upper_bound(s.begin(), s.end(), Sample{t1, 0}, earlier) - s.begin());
    auto joins = [&](const Sample &a, const Sample &b) {
        return !std::isnan(a.v) && !std::isnan(b.v) && (limit <= 0 || b.t - a.t <= limit);
    };
    if (i0 > 0) {
        const Sample &before = s[i0 - 1];
        const Sample *next = i0 < i1 ? &s[i0] : (i1 < n ? &s[i1] : nullptr);
        if (next && joins(before, *next))
            pts.prepend(QPointF(double(before.t), before.v));
    }
    if (i1 < n) {
        const Sample &after = s[i1];
        const Sample *prev = i1 > i0 ? &s[i1 - 1] : (i0 > 0 ? &s[i0 - 1] : nullptr);
        if (prev && joins(*prev, after))
            pts.append(QPointF(double(after.t), after.v));
    }
    return pts;
}

QLineSeries *TimeSeriesChart::Private::acquireRuleSeries(int index)
{
    while (rules.size() <= index) {
        auto *s = new QLineSeries;
        chart->addSeries(s); // the chart owns it
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        rules.append(s);
    }
    return rules.at(index);
}

QGraphicsSimpleTextItem *TimeSeriesChart::Private::ruleLabel(int index)
{
    while (ruleLabels.size() <= index) {
        auto *item = new QGraphicsSimpleTextItem(chart); // owned by the chart item
        item->setZValue(20);
        ruleLabels.append(item);
    }
    return ruleLabels.at(index);
}

void TimeSeriesChart::Private::assignColours()
{
    QHash<QString, int> next;
    QList<bool> used;
    auto take = [&](int i) {
        while (used.size() <= i)
            used.append(false);
        used[i] = true;
    };
    for (const Line &l : lines) {
        const auto it = colourOf.constFind(l.legend);
        if (it != colourOf.constEnd() && !next.contains(l.legend)) {
            next.insert(l.legend, it.value());
            take(it.value());
        }
    }
    for (Line &l : lines) {
        if (!next.contains(l.legend)) {
            int i = 0;
            while (i < used.size() && used.at(i))
                ++i;
            next.insert(l.legend, i);
            take(i);
        }
        l.colourIndex = next.value(l.legend);
    }
    colourOf = next; // forget series that left, so a long-running wall never accumulates them
    QHash<QString, bool> hidden;
    for (Line &l : lines) {
        if (hiddenLegends.contains(l.legend)) {
            hidden.insert(l.legend, true);
            l.visible = false;
        }
    }
    hiddenLegends = hidden;
}

void TimeSeriesChart::Private::applyTheme()
{
    const Theme &th = ThemeManager::current();
    QPalette pal = q->palette();
    pal.setColor(QPalette::Window, th.surface);
    pal.setColor(QPalette::WindowText, th.text);
    pal.setColor(QPalette::Button, th.surface);
    pal.setColor(QPalette::ButtonText, th.text);
    pal.setColor(QPalette::ToolTipBase, th.surface);
    pal.setColor(QPalette::ToolTipText, th.text);
    q->setPalette(pal);
    q->setAutoFillBackground(true);

    titleLabel->setFont(th.font(th.titlePt, true));
    titleLabel->setContentsMargins(th.spacing, th.spacing / 2, th.spacing, 0);
    legendLayout->setContentsMargins(th.spacing / 2, th.spacing / 3, th.spacing / 2,
                                     th.spacing / 3);
    chart->setBackgroundBrush(th.surface);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(th.spacing / 2, th.spacing, th.padding, th.spacing / 2));
    view->setBackgroundBrush(th.surface);
    // Grid and axis lines are axis-aligned and need no antialiasing (which costs as much as the
    // data lines); the line layer turns it on for the data alone.
    view->setRenderHint(QPainter::Antialiasing, false);
    view->setRenderHint(QPainter::TextAntialiasing, true);

    const QFont axisFont = th.font(th.axisPt);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(axisX), static_cast<QAbstractAxis *>(axisY)}) {
        axis->setLabelsFont(axisFont);
        axis->setLabelsColor(th.textMuted);
        // One-pixel cosmetic pens keep grid and axis lines on the rasterizer's fast path.
        QPen grid(th.grid, 1);
        grid.setCosmetic(true);
        axis->setGridLinePen(grid);
        QPen line(th.axis, 1);
        line.setCosmetic(true);
        axis->setLinePen(line);
        axis->setMinorGridLineVisible(false);
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(ruleLabels))
        label->setFont(th.font(th.smallPt));
    crosshair->setPen(QPen(th.axis, 1, Qt::DotLine));

    QString style = QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                   "padding: %4px; }")
                        .arg(th.surface.name(), th.text.name(), th.border.name())
                        .arg(th.padding / 2);
    hoverLabel->setStyleSheet(style);
    hoverLabel->setFont(th.font(th.normalPt));
    legendLayout->setSpacing(th.spacing);
    legendSignature.clear(); // rebuild legend buttons with the new fonts and colours
    // Axis caches are reset so fonts and tick counts are applied again.
    axisXMin = axisXMax = -1;
    axisXTicks = axisYTicks = -1;
    axisYMin = axisYMax = nan;
    overlay->update();
    rebuildLegend();
}

void TimeSeriesChart::Private::rebuildLegend()
{
    const Theme &th = ThemeManager::current();
    QStringList signature;
    const int shown = std::min<int>(int(lines.size()), maxLegendEntries);
    for (int i = 0; i < shown; ++i)
        signature << lines.at(i).legend + QLatin1Char('\x1f') +
                         QString::number(lines.at(i).colourIndex) + QLatin1Char('\x1f') +
                         lines.at(i).labelsText;
    signature << QString::number(lines.size()) << QString::number(legendTextWidth);
    if (signature != legendSignature) {
        legendSignature = signature;
        while (legendButtons.size() > shown)
            delete legendButtons.takeLast();
        while (legendButtons.size() < shown) {
            auto *b = new LegendButton(legendBox);
            const int index = int(legendButtons.size());
            QObject::connect(b, &QAbstractButton::toggled, q,
                             [this, index](bool on) { q->setSeriesVisible(index, on); });
            legendLayout->addWidget(b);
            legendButtons.append(b);
        }
        const QFont f = th.font(th.normalPt);
        for (int i = 0; i < shown; ++i) {
            const Line &l = lines.at(i);
            LegendButton *b = legendButtons.at(i);
            const QString name = l.legend.isEmpty() ? tr("series %1").arg(i + 1) : l.legend;
            b->setFont(f);
            b->setText(legendTextWidth > 0
                           ? QFontMetrics(f).elidedText(name, Qt::ElideMiddle, legendTextWidth)
                           : name);
            b->setToolTip(tr("%1\nClick to show or hide this series.").arg(l.labelsText));
            b->setAccessibleName(tr("Series %1").arg(name));
            b->setAccessibleDescription(tr("Shows or hides the series on the chart"));
            b->setColour(th.seriesColour(l.colourIndex));
        }
        legendMore->setFont(f);
        QPalette pal = legendMore->palette();
        pal.setColor(QPalette::WindowText, th.textMuted);
        legendMore->setPalette(pal);
        legendLayout->removeWidget(legendMore);
        legendLayout->addWidget(legendMore);
    }
    fitLegend();
    for (int i = 0; i < shown; ++i) {
        LegendButton *b = legendButtons.at(i);
        const QSignalBlocker block(b);
        b->setChecked(lines.at(i).visible);
    }
    updateLegendVisibility();
}

// A legend names the series; one series in a short chart (a wall's small panel) gives its
// lines to the plot instead: the panel's title already says what it is.
void TimeSeriesChart::Private::updateLegendVisibility()
{
    const Theme &th = ThemeManager::current();
    const int row = QFontMetrics(th.font(th.normalPt)).height() + 2 * th.spacing;
    const bool named = lines.size() > 1 || (lines.size() == 1 && !lines.first().legend.isEmpty());
    const bool roomy = lines.size() > 1 || q->height() >= 8 * row;
    legendBox->setVisible(named && roomy);
}

// The legend within its height: entries that would need another row give way to "+N more",
// whose tool tip names them, rather than being cut in half.
void TimeSeriesChart::Private::fitLegend()
{
    const int maxHeight = legendBox->maximumHeight();
    // The legend spans the chart; its own width may lag a resize still being laid out.
    const int width = q->contentsRect().width();
    const QMargins margins = legendLayout->contentsMargins();
    const int spacing = legendLayout->spacing();
    const auto moreText = [this](int count) {
        return tr("+%1 more").arg(int(lines.size()) - count);
    };
    // The height the flow layout gives the first `count` entries (and "+N more"); measured
    // from size hints, so it holds before the widgets are shown.
    const auto heightFor = [&](int count) {
        QList<QSize> sizes;
        for (int i = 0; i < count; ++i)
            sizes << legendButtons.at(i)->sizeHint();
        if (count < lines.size())
            sizes << legendMore->fontMetrics().size(Qt::TextSingleLine, moreText(count));
        const int avail = width - margins.left() - margins.right();
        int x = 0;
        int y = 0;
        int row = 0;
        for (const QSize &size : std::as_const(sizes)) {
            if (x > 0 && x + size.width() > avail) {
                x = 0;
                y += row + spacing;
                row = 0;
            }
            x += size.width() + spacing;
            row = std::max(row, size.height());
        }
        return y + row + margins.top() + margins.bottom();
    };
    int count = int(legendButtons.size());
    while (count > 1 && width > 0 && heightFor(count) > maxHeight)
        --count;
    for (int i = 0; i < legendButtons.size(); ++i)
        legendButtons.at(i)->setHidden(i >= count);
    const bool more = count < lines.size();
    legendMore->setHidden(!more);
    if (more) {
        legendMore->setText(moreText(count));
        QStringList names;
        for (int i = count; i < lines.size() && names.size() < 30; ++i)
            names << lines.at(i).legend;
        legendMore->setToolTip(names.join(QLatin1Char('\n')));
    }
}

void TimeSeriesChart::Private::rebuild()
{
    dirty = false;
    refreshTimer.stop();
    const Theme &th = ThemeManager::current();

    const QRectF plot = chart->plotArea();
    columns = plot.width() >= 8 ? int(plot.width()) : std::max(8, view->width() - 80);
    const auto [t0, t1] = viewRange();
    shownMin = t0;
    shownMax = t1;

    // 1. Decimate every shown line (raw values) and find the value range.
    QList<QList<QPointF>> decimated(lines.size());
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (!l.visible)
            continue;
        decimated[i] = pointsFor(l, t0, t1, columns);
        for (const QPointF &p : std::as_const(decimated.at(i))) {
            if (isGapPoint(p))
                continue;
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    const bool haveData = lo <= hi;
    if (!haveData) {
        lo = 0;
        hi = 1;
    }
    // Rules extend the range when they are near the data; a far threshold would squash it.
    const double reach = std::max({std::fabs(lo), std::fabs(hi), 1e-12}) * 2;
    auto include = [&](double v) {
        if (!std::isfinite(v) || (haveData && std::fabs(v) > reach))
            return;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const Threshold &t : std::as_const(thresholds))
        include(t.value);
    if (hasTarget)
        include(targetValue);
    // Non-negative data starts at zero unless it varies only a little (an uptime near 100 %).
    if (lo >= 0 && (hi - lo) > 0.3 * hi)
        lo = 0;
    if (!std::isnan(fixedMin))
        lo = fixedMin;
    if (!std::isnan(fixedMax))
        hi = fixedMax;
    if (hi < lo)
        std::swap(lo, hi);

    // 2. Axes first (in display units), and only when they change: a changed axis range
    //    recomputes every line's geometry.
    scale = unitScale(unit, std::max(std::fabs(lo), std::fabs(hi)));
    const double f = scale.factor;
    const QFontMetrics axisMetrics(th.font(th.axisPt));
    const double plotHeight =
        plot.height() >= 8 ? plot.height() : std::max(40, view->height() - 40);
    const int maxYTicks = std::clamp(int(plotHeight / (axisMetrics.height() * 2.2)), 2, 8);
    const NiceAxis nice = NiceAxis::compute(lo * f, hi * f, maxYTicks);
    // The chart localizes its numbers: it then takes the text around "%.Nf" as it is (no "%%").
    const QString &suffix = scale.suffix;
    const QString &prefix = scale.prefix;
    const QString yFormat = prefix + QStringLiteral("%.") + QString::number(nice.decimals) +
                            QStringLiteral("f") + suffix;
    if (nice.min != axisYMin || nice.max != axisYMax) {
        axisY->setRange(nice.min, nice.max);
        axisYMin = nice.min;
        axisYMax = nice.max;
    }
    if (nice.ticks != axisYTicks) {
        axisY->setTickCount(nice.ticks);
        axisYTicks = nice.ticks;
    }
    if (yFormat != axisYFormat) {
        axisY->setLabelFormat(yFormat);
        axisYFormat = yFormat;
    }
    const QString xFormat = timeFormatFor(t1 - t0);
    const QString sampleLabel = QLocale().toString(QDateTime::fromMSecsSinceEpoch(t1), xFormat);
    const double plotWidth = plot.width() >= 8 ? plot.width() : columns;
    const int xTicks = std::clamp(
        int(plotWidth / (axisMetrics.horizontalAdvance(sampleLabel) + 3.0 * th.spacing)) + 1, 2, 9);
    if (t0 != axisXMin || t1 != axisXMax) {
        axisX->setRange(QDateTime::fromMSecsSinceEpoch(t0), QDateTime::fromMSecsSinceEpoch(t1));
        axisXMin = t0;
        axisXMax = t1;
    }
    if (xFormat != axisXFormat) {
        axisX->setFormat(xFormat);
        axisXFormat = xFormat;
    }
    if (xTicks != axisXTicks) {
        axisX->setTickCount(xTicks);
        axisXTicks = xTicks;
    }

    // 3. One hand-over per line: the runs, in display units, to the line layer.
    QList<LineLayer::Run> runs;
    QList<QPen> pens;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &l = lines[i];
        l.points = 0;
        l.runs = 0;
        if (!l.visible)
            continue;
        pens.append(QPen(th.seriesColour(l.colourIndex), th.lineWidth));
        const QList<QPointF> &pts = decimated.at(i);
        qsizetype at = 0;
        while (at < pts.size()) {
            LineLayer::Run run;
            run.pen = int(pens.size() - 1);
            const qsizetype from = at;
            while (at < pts.size() && !isGapPoint(pts.at(at)))
                ++at;
            run.points.reserve(at - from);
            for (qsizetype k = from; k < at; ++k)
                run.points.append(QPointF(pts.at(k).x(), pts.at(k).y() * f));
            ++at; // the gap marker
            if (run.points.isEmpty())
                continue;
            l.points += int(run.points.size());
            ++l.runs;
            runs.append(std::move(run));
        }
    }
    layer->setLines(std::move(runs), std::move(pens), t0, t1, nice.min, nice.max);

    // 4. Thresholds and target as horizontal lines across the view.
    struct Rule
    {
        double value;
        QColor colour;
        Qt::PenStyle style;
        QString text;
    };
    QList<Rule> wanted;
    for (const Threshold &t : std::as_const(thresholds)) {
        if (!std::isfinite(t.value))
            continue;
        wanted.append(
            {t.value, t.colour.isValid() ? t.colour : th.statusColour(t.level), Qt::DashLine,
             t.label.isEmpty()
                 ? Theme::statusGlyph(t.level) + QLatin1Char(' ') + formatValue(t.value, unit)
                 : t.label});
    }
    if (hasTarget && std::isfinite(targetValue))
        wanted.append({targetValue, th.target, Qt::DashDotLine,
                       targetLabel.isEmpty() ? tr("target %1").arg(formatValue(targetValue, unit))
                                             : targetLabel});
    ruleValues.clear();
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const Rule &r = wanted.at(i);
        QLineSeries *s = acquireRuleSeries(int(i));
        const QPen pen(r.colour, th.thresholdLineWidth, r.style);
        if (s->pen() != pen)
            s->setPen(pen);
        const QList<QPointF> pts{QPointF(double(t0), r.value * f),
                                 QPointF(double(t1), r.value * f)};
        if (s->points() != pts)
            s->replace(pts);
        s->setVisible(true);
        QGraphicsSimpleTextItem *label = ruleLabel(int(i));
        label->setText(r.text);
        label->setFont(th.font(th.smallPt));
        label->setBrush(th.dark ? r.colour.lighter(115) : r.colour.darker(130));
        label->setVisible(true);
        ruleValues.append(r.value * f);
    }
    rulesUsed = int(wanted.size());
    for (qsizetype i = wanted.size(); i < rules.size(); ++i) {
        rules.at(i)->setVisible(false);
        ruleLabels.at(i)->setVisible(false);
    }
    positionLineLabels();
    updateOverlay();
}

void TimeSeriesChart::Private::positionLineLabels()
{
    const QRectF plot = chart->plotArea();
    // Each label above its line (below at the top edge), else on the other side; one that would
    // cover another label is left out (its line stays, and the readout names it).
    // From the top line down, so the upper labels keep their places.
    QList<int> order;
    for (int i = 0; i < rulesUsed && i < ruleLabels.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return ruleValues.at(a) > ruleValues.at(b); });
    QList<QRectF> placed;
    for (const int i : std::as_const(order)) {
        QGraphicsSimpleTextItem *label = ruleLabels.at(i);
        const double v = ruleValues.at(i);
        const double span = axisYMax - axisYMin;
        const bool inside = span > 0 && v >= axisYMin && v <= axisYMax;
        label->setVisible(inside);
        if (!inside)
            continue;
        const double y = plot.bottom() - (v - axisYMin) / span * plot.height();
        const QRectF box = label->boundingRect();
        const double above = y - box.height() - 1;
        const double below = y + 1;
        const double x = plot.right() - box.width() - 4;
        bool shown = false;
        for (const double top :
             {above < plot.top() ? below : above, above < plot.top() ? above : below}) {
            const QRectF at(x, top, box.width(), box.height());
            if (top < plot.top() - 1 || at.bottom() > plot.bottom() + 1)
                continue;
            if (std::none_of(placed.cbegin(), placed.cend(),
                             [&at](const QRectF &other) { return other.intersects(at); })) {
                label->setPos(x, top);
                placed << at;
                shown = true;
                break;
            }
        }
        label->setVisible(shown);
    }
}

void TimeSeriesChart::Private::updateOverlay()
{
    const State s = q->state();
    QString message;
    switch (s) {
    case State::Ready:
        break;
    case State::Loading:
        message = tr("Loading\u2026");
        break;
    case State::NoData:
        message = tr("No data");
        break;
    case State::Error:
        message = Theme::statusGlyph(HealthStatus::Unhealthy) + QLatin1Char(' ') +
                  tr("Query failed: %1").arg(error);
        break;
    }
    const QString badge = q->staleText().isEmpty() ? QString()
                                                   : Theme::statusGlyph(HealthStatus::Degraded) +
                                                         QLatin1Char(' ') + q->staleText();
    const bool wash = s == State::Error || !badge.isEmpty();
    if (overlay->message != message || overlay->badge != badge || overlay->wash != wash) {
        overlay->message = message;
        overlay->badge = badge;
        overlay->wash = wash;
        overlay->update();
    }
    overlay->setVisible(!message.isEmpty() || !badge.isEmpty());
    overlay->setAccessibleName(message.isEmpty() ? badge : message);
}

QRectF TimeSeriesChart::Private::plotRectInView() const
{
    const QRectF inScene = chart->mapRectToScene(chart->plotArea());
    return view->mapFromScene(inScene).boundingRect();
}

qint64 TimeSeriesChart::Private::timeAtViewX(double x) const
{
    const QRectF plot = plotRectInView();
    if (plot.width() <= 0)
        return shownMin;
    const double frac = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    return shownMin + qint64(std::llround(frac * double(shownMax - shownMin)));
}

void TimeSeriesChart::Private::zoomTo(qint64 t0, qint64 t1, bool notify)
{
    if (t1 - t0 < 1000) { // never closer than one second across the plot
        const qint64 mid = (t0 + t1) / 2;
        t0 = mid - 500;
        t1 = mid + 500;
    }
    zoomed = true;
    zoomMin = t0;
    zoomMax = t1;
    markDirty();
    if (notify)
        Q_EMIT q->viewRangeChanged(t0, t1);
}

void TimeSeriesChart::Private::resetZoom(bool notify)
{
    zoomed = false;
    markDirty();
    if (notify) {
        const auto r = homeRange();
        Q_EMIT q->viewRangeChanged(r.first, r.second);
    }
}

void TimeSeriesChart::Private::zoomBy(double factor, double anchorFraction)
{
    const auto [t0, t1] = viewRange();
    const double span = double(t1 - t0);
    const double anchor = double(t0) + anchorFraction * span;
    const double newSpan = span * factor;
    zoomTo(qint64(anchor - anchorFraction * newSpan),
           qint64(anchor + (1 - anchorFraction) * newSpan), true);
}

void TimeSeriesChart::Private::panBy(double fraction)
{
    const auto [t0, t1] = viewRange();
    const qint64 shift = qint64(double(t1 - t0) * fraction);
    zoomTo(t0 + shift, t1 + shift, true);
}

QString TimeSeriesChart::Private::readoutTime(qint64 t) const
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t);
    return dt.toString(shownMax - shownMin > 86'400'000LL ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                          : QStringLiteral("HH:mm:ss"));
}

QList<TimeSeriesChart::Private::ReadoutEntry>
TimeSeriesChart::Private::readoutEntries(qint64 t) const
{
    const Theme &th = ThemeManager::current();
    QList<ReadoutEntry> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (!l.visible)
            continue;
        const std::vector<Sample> &s = l.samples;
        QString value = QStringLiteral("\u2013");
        if (!s.empty()) {
            auto it = std::lower_bound(s.begin(), s.end(), Sample{t, 0}, earlier);
            if (it == s.end() || (it != s.begin() && t - std::prev(it)->t < it->t - t))
                it = std::prev(it);
            const qint64 limit = std::max<qint64>(maxStep(l), 1);
            if (std::llabs(it->t - t) <= limit)
                value = formatValue(it->v, unit);
        }
        out.append({th.seriesColour(l.colourIndex),
                    l.legend.isEmpty() ? tr("series %1").arg(i + 1) : l.legend, value});
    }
    return out;
}

void TimeSeriesChart::Private::hoverAt(const QPoint &pos)
{
    const QRectF plot = plotRectInView();
    if (lines.isEmpty() || !plot.contains(pos)) {
        hideHover();
        return;
    }
    const qint64 t = timeAtViewX(pos.x());
    const QList<ReadoutEntry> entries = readoutEntries(t);
    QString html = QStringLiteral("<b>%1</b>").arg(readoutTime(t).toHtmlEscaped());
    for (qsizetype i = 0; i < entries.size() && i < maxReadoutLines; ++i) {
        const ReadoutEntry &e = entries.at(i);
        html += QStringLiteral("<br><span style=\"color:%1\">\u25A0</span> %2: <b>%3</b>")
                    .arg(e.colour.name(), e.name.toHtmlEscaped(), e.value.toHtmlEscaped());
    }
    if (entries.size() > maxReadoutLines)
        html += QStringLiteral("<br>") + tr("+%1 more").arg(entries.size() - maxReadoutLines);
    hoverLabel->setText(html);
    hoverLabel->adjustSize();
    // Beside the cursor, flipped to stay inside the chart.
    const int gap = 14;
    int x = pos.x() + gap;
    int y = pos.y() + gap;
    if (x + hoverLabel->width() > view->width())
        x = pos.x() - gap - hoverLabel->width();
    if (y + hoverLabel->height() > view->height())
        y = std::max(0, view->height() - hoverLabel->height());
    hoverLabel->move(std::max(0, x), y);
    hoverLabel->show();
    hoverLabel->raise();
    const QRectF plotInChart = chart->plotArea();
    const double cx = plotInChart.left() + double(t - shownMin) /
                                               double(std::max<qint64>(1, shownMax - shownMin)) *
                                               plotInChart.width();
    crosshair->setLine(cx, plotInChart.top(), cx, plotInChart.bottom());
    crosshair->show();
}

void TimeSeriesChart::Private::hideHover()
{
    hoverLabel->hide();
    crosshair->hide();
}

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    d->titleLabel = new QLabel(this);
    d->titleLabel->setVisible(false);
    layout->addWidget(d->titleLabel);

    d->chart = new QChart; // owned by the view
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setDropShadowEnabled(false);
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->hide();
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Axis numbers and dates in the user's language: "0,5 s" and "Mo. 14:00" in German.
    d->chart->setLocale(QLocale());
    d->chart->setLocalizeNumbers(true);

    d->axisX = new QDateTimeAxis;
    d->axisY = new QValueAxis;
    d->chart->addAxis(d->axisX, Qt::AlignBottom); // the chart owns its axes
    d->chart->addAxis(d->axisY, Qt::AlignLeft);

    d->view = new Private::View(d->chart, d.get(), this);
    d->view->setAccessibleName(tr("Time series chart"));
    layout->addWidget(d->view, 1);

    d->layer = new Private::LineLayer(d->chart);    // owned by the chart item
    d->crosshair = new QGraphicsLineItem(d->chart); // owned by the chart item
    d->crosshair->setZValue(30);
    d->crosshair->hide();

    d->overlay = new Private::Overlay(d->view);
    d->overlay->hide();
    d->hoverLabel = new QLabel(d->view);
    d->hoverLabel->setTextFormat(Qt::RichText);
    d->hoverLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    d->hoverLabel->hide();

    d->legendBox = new QWidget(this);
    d->legendLayout = new FlowLayout(d->legendBox);
    d->legendMore = new QLabel(d->legendBox);
    d->legendMore->hide();
    d->legendBox->hide();
    layout->addWidget(d->legendBox);

    d->refreshTimer.setSingleShot(true);
    d->refreshTimer.setInterval(0);
    connect(&d->refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            d->rebuild();
    });
    connect(d->chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        d->layer->plotAreaChanged();
        d->positionLineLabels();
        if (plot.width() >= 8 && int(plot.width()) != d->columns)
            d->markDirty();
    });
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        d->applyTheme();
        d->markDirty();
    });
    d->applyTheme();
    d->updateOverlay();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setSeries(const QList<QuerySeries> &series, const QString &legendTemplate)
{
    QList<Labels> labels;
    labels.reserve(series.size());
    for (const QuerySeries &s : series)
        labels.append(s.labels);
    const QStringList legends = legendTexts(legendTemplate, labels);
    d->lines.resize(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QuerySeries &in = series.at(i);
        Private::Line &l = d->lines[i];
        l.legend = legends.at(i);
        l.labelsText = in.labels.toString();
        l.samples = in.samples;
        if (!std::is_sorted(l.samples.begin(), l.samples.end(), earlier))
            std::stable_sort(l.samples.begin(), l.samples.end(), earlier);
        l.visible = true;
        l.points = 0;
        l.runs = 0;
    }
    d->everSet = true;
    d->loading = false;
    d->error.clear();
    d->assignColours();
    d->rebuildLegend();
    d->updateOverlay();
    d->markDirty();
}

void TimeSeriesChart::clearSeries()
{
    setSeries({});
}

void TimeSeriesChart::setTitle(const QString &title)
{
    d->titleLabel->setText(title);
    d->titleLabel->setVisible(!title.isEmpty());
    d->view->setAccessibleName(title.isEmpty() ? tr("Time series chart") : title);
}

QString TimeSeriesChart::title() const
{
    return d->titleLabel->text();
}

void TimeSeriesChart::setUnit(Unit unit)
{
    if (d->unit == unit)
        return;
    d->unit = unit;
    d->markDirty();
}

Unit TimeSeriesChart::unit() const
{
    return d->unit;
}

void TimeSeriesChart::setThresholds(const QList<Threshold> &thresholds)
{
    if (d->thresholds == thresholds)
        return;
    d->thresholds = thresholds;
    d->markDirty();
}

void TimeSeriesChart::setTarget(double value, const QString &label)
{
    d->hasTarget = true;
    d->targetValue = value;
    d->targetLabel = label;
    d->markDirty();
}

void TimeSeriesChart::clearTarget()
{
    d->hasTarget = false;
    d->markDirty();
}

void TimeSeriesChart::setTimeRange(qint64 minMs, qint64 maxMs)
{
    if (maxMs < minMs)
        std::swap(minMs, maxMs);
    d->hasHome = true;
    d->homeMin = minMs;
    d->homeMax = maxMs == minMs ? maxMs + 1 : maxMs;
    d->markDirty();
}

void TimeSeriesChart::resetZoom()
{
    if (d->zoomed)
        d->resetZoom(false);
}

bool TimeSeriesChart::isZoomed() const
{
    return d->zoomed;
}

void TimeSeriesChart::clearTimeRange()
{
    d->hasHome = false;
    d->zoomed = false;
    d->markDirty();
}

void TimeSeriesChart::setValueRange(double min, double max)
{
    d->fixedMin = min;
    d->fixedMax = max;
    d->markDirty();
}

void TimeSeriesChart::setStepMs(qint64 stepMs)
{
    d->stepMs = std::max<qint64>(0, stepMs);
    d->markDirty();
}

void TimeSeriesChart::setLoading(bool loading)
{
    d->loading = loading;
    d->updateOverlay();
}

void TimeSeriesChart::setError(const QString &message)
{
    d->error = message;
    d->updateOverlay();
}

void TimeSeriesChart::clearError()
{
    setError({});
}

void TimeSeriesChart::setRefreshIntervalMs(qint64 ms)
{
    d->refreshMs = std::max<qint64>(0, ms);
    d->updateOverlay();
}

void TimeSeriesChart::setDataAgeMs(qint64 ageMs)
{
    d->ageMs = std::max<qint64>(0, ageMs);
    d->updateOverlay();
}

void TimeSeriesChart::setInteractive(bool interactive)
{
    d->interactive = interactive;
    if (!interactive)
        d->hideHover();
    d->view->setFocusPolicy(interactive ? Qt::StrongFocus : Qt::NoFocus);
}

bool TimeSeriesChart::isInteractive() const
{
    return d->interactive;
}

void TimeSeriesChart::refreshNow()
{
    if (d->dirty)
        d->rebuild();
}

bool TimeSeriesChart::isDirty() const
{
    return d->dirty;
}

TimeSeriesChart::State TimeSeriesChart::state() const
{
    if (!d->error.isEmpty())
        return State::Error;
    const bool anyData = std::any_of(d->lines.begin(), d->lines.end(), [](const Private::Line &l) {
        return std::any_of(l.samples.begin(), l.samples.end(),
                           [](const Sample &s) { return !std::isnan(s.v); });
    });
    if (anyData)
        return State::Ready;
    if (d->loading || !d->everSet)
        return State::Loading;
    return State::NoData;
}

bool TimeSeriesChart::isStale() const
{
    return d->refreshMs > 0 && d->ageMs > 2 * d->refreshMs;
}

QString TimeSeriesChart::overlayText() const
{
    return d->overlay->message;
}

QString TimeSeriesChart::staleText() const
{
    return isStale() ? tr("data %1 old").arg(formatElapsed(d->ageMs)) : QString();
}

int TimeSeriesChart::seriesCount() const
{
    return int(d->lines.size());
}

QString TimeSeriesChart::legendText(int series) const
{
    return series >= 0 && series < d->lines.size() ? d->lines.at(series).legend : QString();
}

bool TimeSeriesChart::isSeriesVisible(int series) const
{
    return series >= 0 && series < d->lines.size() && d->lines.at(series).visible;
}

void TimeSeriesChart::setSeriesVisible(int series, bool visible)
{
    if (series < 0 || series >= d->lines.size() || d->lines.at(series).visible == visible)
        return;
    Private::Line &l = d->lines[series];
    l.visible = visible;
    if (visible)
        d->hiddenLegends.remove(l.legend);
    else
        d->hiddenLegends.insert(l.legend, true);
    d->rebuildLegend();
    d->markDirty();
    Q_EMIT seriesVisibilityChanged(series, visible);
}

int TimeSeriesChart::pointCount(int series) const
{
    return series >= 0 && series < d->lines.size() ? d->lines.at(series).points : 0;
}

int TimeSeriesChart::runCount(int series) const
{
    return series >= 0 && series < d->lines.size() ? d->lines.at(series).runs : 0;
}

int TimeSeriesChart::thresholdLineCount() const
{
    int n = 0;
    for (int i = 0; i < d->rulesUsed; ++i)
        n += d->rules.at(i)->isVisible() && d->rules.at(i)->count() == 2 ? 1 : 0;
    return n - (hasTargetLine() ? 1 : 0);
}

bool TimeSeriesChart::hasTargetLine() const
{
    return d->hasTarget && std::isfinite(d->targetValue) && d->rulesUsed > 0 &&
           d->rules.at(d->rulesUsed - 1)->isVisible();
}

qint64 TimeSeriesChart::viewMinMs() const
{
    return d->viewRange().first;
}

qint64 TimeSeriesChart::viewMaxMs() const
{
    return d->viewRange().second;
}

QString TimeSeriesChart::valueAxisLabelFormat() const
{
    return d->axisYFormat;
}

int TimeSeriesChart::plotColumns() const
{
    return d->columns;
}

QString TimeSeriesChart::readoutAt(qint64 timeMs) const
{
    QStringList out{d->readoutTime(timeMs)};
    for (const Private::ReadoutEntry &e : d->readoutEntries(timeMs))
        out << e.name + QStringLiteral(": ") + e.value;
    return out.join(QLatin1Char('\n'));
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The legend never takes more than a third of the chart; long names are shortened in the
    // middle (the tooltip has them whole).
    const Theme &th = ThemeManager::current();
    const int row = QFontMetrics(th.font(th.normalPt)).height() + 2 * th.spacing;
    d->legendBox->setMaximumHeight(std::max(row, height() / 3));
    const int textWidth = std::max(80, width() / 2 - row);
    if (textWidth != d->legendTextWidth) {
        d->legendTextWidth = textWidth;
        d->rebuildLegend();
    } else {
        d->fitLegend();
        d->updateLegendVisibility();
    }
}

void TimeSeriesChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (d->dirty)
        d->refreshTimer.start();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        d->updateOverlay();
        d->legendSignature.clear();
        d->rebuildLegend();
        d->markDirty();
    }
}

} // namespace Wk
