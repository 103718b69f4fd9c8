#include "widgets/maintenancelistproxy.h"

#include "models/alerts/maintenancemodel.h"
#include "widgets/thememanager.h"

namespace Wk {

MaintenanceListProxy::MaintenanceListProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::ForegroundRole, Qt::FontRole});
    });
}

QVariant MaintenanceListProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Theme &theme = ThemeManager::current();
    const int column = index.column();
    const bool active = QIdentityProxyModel::data(index, MaintenanceModel::ActiveRole).toBool();
    const bool over = !QIdentityProxyModel::data(index, MaintenanceModel::NextStartRole).isValid();
    const QStringList warnings =
        QIdentityProxyModel::data(index, MaintenanceModel::WarningsRole).toStringList();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = QIdentityProxyModel::data(index, role).toString();
        if (column == MaintenanceModel::NextColumn) {
            const QString glyph = active ? QStringLiteral("\u25CF")
                                  : over ? QStringLiteral("\u2714")
                                         : QStringLiteral("\u25CB");
            return glyph + u' ' + text;
        }
        if (column == MaintenanceModel::ScheduleColumn && !warnings.isEmpty())
            return Theme::statusGlyph(HealthStatus::Degraded) + u' ' + text;
        break;
    }
    case Qt::ToolTipRole:
        if (!warnings.isEmpty())
            return warnings.join(u'\n');
        break;
    case Qt::ForegroundRole:
        if (over)
            return theme.textMuted;
        break;
    case Qt::FontRole:
        return theme.font(theme.normalPt, active && column == MaintenanceModel::NameColumn);
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Wk
