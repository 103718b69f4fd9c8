#pragma once

#include "models/alerts/alertsmodel.h"

#include <QIdentityProxyModel>
#include <QPointer>

namespace Wk {

class AlertBook;
struct AlertStatus;

// AlertsModel as the alerts page shows it: severity and state with their glyph and word (and a
// colour swatch), who acknowledged and how long ago, the suppression reason in full ("silenced
// by ana until 14:30", "maintenance \"Nightly\" until 04:00", "inhibited by SystemDown") and the
// escalation step reached. The model's summary column carries the escalation step here (the
// summary moves to the alert's tooltip and the detail pane), so every index maps one to one.
class AlertListProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Column {
        AlertColumn = AlertsModel::AlertColumn,
        StateColumn = AlertsModel::StateColumn,
        SeverityColumn = AlertsModel::SeverityColumn,
        InstanceColumn = AlertsModel::InstanceColumn,
        AgeColumn = AlertsModel::SinceColumn,
        AcknowledgedColumn = AlertsModel::AcknowledgedColumn,
        SuppressionColumn = AlertsModel::SuppressionColumn,
        EscalationColumn = AlertsModel::SummaryColumn,
    };
    Q_ENUM(Column)

    // The order the page shows the columns in.
    static QList<int> displayOrder();

    // source and book are not owned.
    AlertListProxy(AlertsModel *source, AlertBook *book, QObject *parent = nullptr);

    AlertsModel *alerts() const { return m_alerts; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "silenced by ana until 14:30; inhibited by SystemDown", or empty.
    static QString suppressionReason(const AlertStatus &status, AlertBook *book);
    // "step 2 of 3: secondary on-call", or empty.
    static QString escalationText(const AlertStatus &status, AlertBook *book);

private:
    void columnChanged(int column, const QList<int> &roles, const QModelIndex &parent = {});

    QPointer<AlertsModel> m_alerts; // not owned
    QPointer<AlertBook> m_book;     // not owned
};

} // namespace Wk
