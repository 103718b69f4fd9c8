#include "widgets/alertlistproxy.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/silencestore.h"
#include "widgets/alertstyle.h"
#include "widgets/thememanager.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace Wk {

namespace {

QPixmap swatch(const QColor &colour, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), size / 4.0, size / 4.0);
    return pm;
}

} // namespace

QList<int> AlertListProxy::displayOrder()
{
    return {SeverityColumn, AlertColumn,        InstanceColumn,    StateColumn,
            AgeColumn,      AcknowledgedColumn, SuppressionColumn, EscalationColumn};
}

AlertListProxy::AlertListProxy(AlertsModel *source, AlertBook *book, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_alerts(source)
    , m_book(book)
{
    setSourceModel(source);
    // A silence's end or creator can change without the alert's status changing.
    if (book && book->silenceStore()) {
        connect(book->silenceStore(), &SilenceStore::silencesChanged, this, [this] {
            columnChanged(SuppressionColumn, {Qt::DisplayRole, Qt::ToolTipRole});
        });
    }
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        for (int c = 0; c < columnCount(); ++c)
            columnChanged(c, {Qt::DecorationRole, Qt::ForegroundRole, Qt::FontRole});
    });
}

void AlertListProxy::columnChanged(int column, const QList<int> &roles, const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, column, parent), index(rows - 1, column, parent), roles);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex child = index(r, 0, parent);
        if (hasChildren(child))
            columnChanged(column, roles, child);
    }
}

QString AlertListProxy::suppressionReason(const AlertStatus &s, AlertBook *book)
{
    QStringList parts;
    const qint64 now = book ? book->clock()->nowMs() : 0;
    for (const QString &id : s.silencedBy) {
        const std::optional<Silence> silence =
            book && book->silenceStore() ? book->silenceStore()->silence(id) : std::nullopt;
        if (silence)
            parts << tr("silenced by %1 until %2")
                         .arg(silence->createdBy, AlertStyle::timeText(silence->endsAtMs, now));
        else
            parts << tr("silenced (silence %1)").arg(id.left(8));
    }
    for (int i = 0; i < s.maintenanceIds.size(); ++i) {
        const QString name = s.maintenanceNames.value(i);
        const std::optional<MaintenanceWindow> w =
            book ? book->maintenanceWindow(s.maintenanceIds.at(i)) : std::nullopt;
        const std::optional<MaintenanceWindow::Occurrence> occ =
            w ? w->occurrenceAt(now) : std::nullopt;
        if (occ)
            parts << tr("maintenance \"%1\" until %2")
                         .arg(name, AlertStyle::timeText(occ->endMs, now));
        else
            parts << tr("maintenance \"%1\"").arg(name);
    }
    if (!s.inhibitedByNames.isEmpty()) {
        QStringList names = s.inhibitedByNames;
        names.removeDuplicates();
        parts << tr("inhibited by %1").arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString AlertListProxy::escalationText(const AlertStatus &s, AlertBook *book)
{
    if (s.escalations.isEmpty())
        return {};
    const EscalationRecord &last = s.escalations.last();
    const int total = book ? int(book->escalationPolicy().steps.size()) : 0;
    const QString step = total >= last.step ? tr("step %1 of %2").arg(last.step).arg(total)
                                            : tr("step %1").arg(last.step);
    return last.target.isEmpty() ? step : tr("%1: %2").arg(step, last.target);
}

QVariant AlertListProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool group = QIdentityProxyModel::data(index, AlertsModel::IsGroupRole).toBool();
    const int column = index.column();
    const Theme &theme = ThemeManager::current();

    if (group) {
        switch (role) {
        case Qt::DisplayRole:
            if (column == SeverityColumn)
                return AlertStyle::severityLabel(
                    QIdentityProxyModel::data(index, AlertsModel::SeverityRole).toString());
            if (column == EscalationColumn)
                return {};
            break;
        case Qt::DecorationRole:
            if (column == SeverityColumn)
                return swatch(
                    AlertStyle::severityColour(
                        theme,
                        QIdentityProxyModel::data(index, AlertsModel::SeverityRole).toString()),
                    theme.normalPt);
            return {};
        case Qt::FontRole: {
            QFont f = theme.font(theme.normalPt, true);
            return f;
        }
        default:
            break;
        }
        return QIdentityProxyModel::data(index, role);
    }

    const QVariant statusVar = QIdentityProxyModel::data(index, AlertsModel::StatusRole);
    if (!statusVar.canConvert<AlertStatus>())
        return QIdentityProxyModel::data(index, role);
    const AlertStatus s = statusVar.value<AlertStatus>();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return AlertStyle::severityLabel(s.severity());
        case StateColumn:
            return AlertStyle::stateLabel(s.state);
        case AcknowledgedColumn: {
            const QString text = QIdentityProxyModel::data(index, role).toString();
            return text.isEmpty() ? text : AlertStyle::acknowledgedGlyph() + u' ' + text;
        }
        case SuppressionColumn: {
            const QString text = suppressionReason(s, m_book);
            return text.isEmpty() ? text : AlertStyle::suppressedGlyph() + u' ' + text;
        }
        case EscalationColumn:
            return escalationText(s, m_book);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case AlertColumn:
        case InstanceColumn: {
            const QString summary = s.alert.annotations.value(QStringLiteral("summary"));
            return summary.isEmpty() ? s.alert.labels.toString()
                                     : summary + u'\n' + s.alert.labels.toString();
        }
        case SuppressionColumn:
            return suppressionReason(s, m_book);
        case EscalationColumn: {
            QStringList lines;
            for (const EscalationRecord &r : s.escalations)
                lines << tr("step %1 at %2 to %3 (%4)")
                             .arg(r.step)
                             .arg(AlertStyle::timeText(r.atMs,
                                                       m_book ? m_book->clock()->nowMs() : r.atMs),
                                  r.channels.join(QStringLiteral(", ")), r.target);
            return lines.join(u'\n');
        }
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return swatch(AlertStyle::severityColour(theme, s.severity()), theme.normalPt);
        return {};
    case Qt::ForegroundRole:
        // Suppressed and resolved alerts recede; what needs someone stays in full text colour.
        if (s.isSuppressed() || s.state == AlertStatus::State::Resolved)
            return theme.textMuted;
        return {};
    case Qt::FontRole: {
        QFont f = theme.font(theme.normalPt, s.needsAttention() && column == AlertColumn);
        f.setItalic(s.isSuppressed());
        return f;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant AlertListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case AgeColumn:
            return tr("Age");
        case AcknowledgedColumn:
            return tr("Acknowledged by");
        case SuppressionColumn:
            return tr("Suppressed because");
        case EscalationColumn:
            return tr("Escalation");
        default:
            break;
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace Wk
