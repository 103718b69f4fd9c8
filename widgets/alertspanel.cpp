#include "widgets/alertspanel.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/alertsmodel.h"
#include "models/core/duration.h"
#include "widgets/alertstyle.h"
#include "widgets/thememanager.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace Wk {

AlertsPanel::AlertsPanel(AlertBook *book, QWidget *parent)
    : QWidget(parent)
    , m_model(book ? new AlertsModel(book, this) : nullptr)
    , m_clock(book ? book->clock() : nullptr)
{
    watch();
}

AlertsPanel::AlertsPanel(QAbstractItemModel *alerts, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(alerts)
    , m_clock(clock)
{
    watch();
}

AlertsPanel::~AlertsPanel()
{
    if (m_tick && m_clock)
        m_clock->cancel(m_tick);
}

void AlertsPanel::watch()
{
    setAccessibleName(tr("Alerts needing attention"));
    if (m_model) {
        QAbstractItemModel *m = m_model;
        connect(m, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::markDirty);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::markDirty);
        connect(m, &QAbstractItemModel::rowsMoved, this, &AlertsPanel::markDirty);
        connect(m, &QAbstractItemModel::dataChanged, this, &AlertsPanel::markDirty);
        connect(m, &QAbstractItemModel::modelReset, this, &AlertsPanel::markDirty);
        connect(m, &QAbstractItemModel::layoutChanged, this, &AlertsPanel::markDirty);
    }
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        updateGeometry();
        update();
    });
    rebuild();
}

void AlertsPanel::collect(const QModelIndex &parent)
{
    for (int r = 0; r < m_model->rowCount(parent); ++r) {
        const QModelIndex i = m_model->index(r, 0, parent);
        if (i.data(AlertsModel::IsGroupRole).toBool()) {
            collect(i);
            continue;
        }
        const QVariant v = i.data(AlertsModel::StatusRole);
        if (v.canConvert<AlertStatus>()) {
            const AlertStatus s = v.value<AlertStatus>();
            if (s.needsAttention())
                m_alerts << s;
        }
    }
}

void AlertsPanel::markDirty()
{
    m_dirty = true;
    if (m_queued || !isVisible())
        return;
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        if (m_dirty && isVisible()) {
            rebuild();
            update();
        }
    });
}

void AlertsPanel::rebuild()
{
    m_dirty = false;
    m_alerts.clear();
    if (m_model)
        collect({});
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const AlertStatus &a, const AlertStatus &b) {
                         const int ra = AlertStatus::severityRank(a.severity());
                         const int rb = AlertStatus::severityRank(b.severity());
                         if (ra != rb)
                             return ra < rb;
                         const qint64 fa = a.alert.firedAtMs.value_or(a.activeAtMs());
                         const qint64 fb = b.alert.firedAtMs.value_or(b.activeAtMs());
                         if (fa != fb)
                             return fa < fb;
                         return a.alertName() < b.alertName();
                     });
    setAccessibleDescription(lines().join(u'\n'));
}

QString AlertsPanel::ageText(const AlertStatus &s) const
{
    const qint64 since = s.alert.firedAtMs.value_or(s.activeAtMs());
    const qint64 now = m_clock ? m_clock->nowMs() : since;
    QString text = humanAge(qMax<qint64>(0, now - since));
    if (s.lastEscalationStep() > 0)
        text = tr("step %1 · %2").arg(s.lastEscalationStep()).arg(text);
    return text;
}

int AlertsPanel::rowHeight() const
{
    const Theme &theme = ThemeManager::current();
    return QFontMetrics(theme.font(theme.normalPt, true)).height() + theme.padding;
}

int AlertsPanel::capacity() const
{
    const int rows = qMax(1, height() / qMax(1, rowHeight()));
    if (m_alerts.size() <= rows)
        return int(m_alerts.size());
    return qMax(0, rows - 1); // the last row says how many more
}

int AlertsPanel::shownCount() const
{
    return capacity();
}

QStringList AlertsPanel::lines() const
{
    if (m_alerts.isEmpty())
        return {Theme::statusGlyph(HealthStatus::Healthy) + u' ' +
                tr("No firing alert needs attention")};
    QStringList out;
    const int shown = capacity();
    for (int i = 0; i < shown; ++i) {
        const AlertStatus &s = m_alerts[i];
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(AlertStyle::severityLabel(s.severity()), s.alertName(),
                        s.alert.labels.value(u"instance"), ageText(s));
    }
    if (shown < m_alerts.size())
        out << tr("+%1 more").arg(m_alerts.size() - shown);
    return out;
}

QSize AlertsPanel::sizeHint() const
{
    const Theme &theme = ThemeManager::current();
    return {theme.tileWidth * 2, rowHeight() * 6};
}

QSize AlertsPanel::minimumSizeHint() const
{
    const Theme &theme = ThemeManager::current();
    return {theme.tileWidth, rowHeight() * 2};
}

void AlertsPanel::paintEvent(QPaintEvent *)
{
    if (m_dirty)
        rebuild();
    const Theme &theme = ThemeManager::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.surface);
    const QFont bold = theme.font(theme.normalPt, true);
    const QFont normal = theme.font(theme.normalPt);
    const QFont badgeFont = theme.font(theme.smallPt, true);
    const int rh = rowHeight();
    const int pad = theme.padding;

    if (m_alerts.isEmpty()) {
        p.setFont(normal);
        p.setPen(theme.healthy);
        p.drawText(rect().adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignTop,
                   Theme::statusGlyph(HealthStatus::Healthy));
        const int glyphW = QFontMetrics(normal).horizontalAdvance(
            Theme::statusGlyph(HealthStatus::Healthy) + u' ');
        p.setPen(theme.text);
        p.drawText(rect().adjusted(pad + glyphW, 0, -pad, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("No firing alert needs attention"));
        return;
    }

    // Column widths: the widest badge, then the name, the instance, the age on the right.
    const QFontMetrics badgeFm(badgeFont);
    int badgeW = 0;
    for (const QString &sev : {u"critical"_qs, u"high"_qs, u"medium"_qs, u"low"_qs})
        badgeW = qMax(badgeW, badgeFm.horizontalAdvance(AlertStyle::severityLabel(sev)));
    badgeW += pad * 2;
    const QFontMetrics boldFm(bold);
    const QFontMetrics normalFm(normal);
    const int shown = capacity();
    int ageW = 0;
    for (int i = 0; i < shown; ++i)
        ageW = qMax(ageW, normalFm.horizontalAdvance(ageText(m_alerts[i])));
    const int x0 = pad;
    const int nameX = x0 + badgeW + pad;
    const int ageX = width() - pad - ageW;
    const int textW = qMax(0, ageX - pad - nameX);

    for (int i = 0; i < shown; ++i) {
        const AlertStatus &s = m_alerts[i];
        const QRect row(0, i * rh, width(), rh);
        // Badge: the severity colour behind its glyph and word.
        const QRect badge(x0, row.top() + pad / 4, badgeW, rh - pad / 2);
        p.setPen(Qt::NoPen);
        p.setBrush(AlertStyle::severityColour(theme, s.severity()));
        p.drawRoundedRect(badge, theme.radius, theme.radius);
        p.setFont(badgeFont);
        p.setPen(theme.onStatus);
        p.drawText(badge, Qt::AlignCenter, AlertStyle::severityLabel(s.severity()));

        // Name in bold, the instance after it in the muted colour.
        const QString name = s.alertName();
        const QString instance = s.alert.labels.value(u"instance");
        // A little slack: the advance is rounded, and elision must not cut a name that fits.
        const int nameW = qMin(textW, boldFm.horizontalAdvance(name) + pad / 2);
        p.setFont(bold);
        p.setPen(theme.text);
        p.drawText(QRect(nameX, row.top(), nameW, rh), Qt::AlignLeft | Qt::AlignVCenter,
                   boldFm.elidedText(name, Qt::ElideRight, nameW));
        const int instX = nameX + nameW + pad;
        const int instW = qMax(0, ageX - pad - instX);
        p.setFont(normal);
        p.setPen(theme.textMuted);
        p.drawText(QRect(instX, row.top(), instW, rh), Qt::AlignLeft | Qt::AlignVCenter,
                   normalFm.elidedText(instance, Qt::ElideRight, instW));
        p.setPen(theme.text);
        p.drawText(QRect(ageX, row.top(), ageW, rh), Qt::AlignRight | Qt::AlignVCenter, ageText(s));
        if (i + 1 < shown) {
            p.setPen(QPen(theme.grid, 1));
            p.drawLine(x0, row.bottom(), width() - pad, row.bottom());
        }
    }
    if (shown < m_alerts.size()) {
        p.setFont(normal);
        p.setPen(theme.textMuted);
        p.drawText(QRect(x0, shown * rh, width() - 2 * pad, rh), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%1 more").arg(m_alerts.size() - shown));
    }
}

void AlertsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
    scheduleTick();
}

void AlertsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_tick && m_clock)
        m_clock->cancel(m_tick);
    m_tick = 0;
}

void AlertsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setAccessibleDescription(lines().join(u'\n'));
}

void AlertsPanel::scheduleTick()
{
    if (m_tick || !m_clock || !isVisible())
        return;
    m_tick = m_clock->callAfter(TickMs, this, [this] {
        m_tick = 0;
        update();
        scheduleTick();
    });
}

} // namespace Wk
