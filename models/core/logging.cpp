#include "logging.h"

Q_LOGGING_CATEGORY(lcConfig, "wk.config")
Q_LOGGING_CATEGORY(lcMetrics, "wk.metrics")
Q_LOGGING_CATEGORY(lcPromql, "wk.promql")
Q_LOGGING_CATEGORY(lcSources, "wk.sources")
Q_LOGGING_CATEGORY(lcAlerts, "wk.alerts")
Q_LOGGING_CATEGORY(lcIncidents, "wk.incidents")
Q_LOGGING_CATEGORY(lcDashboards, "wk.dashboards")
Q_LOGGING_CATEGORY(lcStorage, "wk.storage")
Q_LOGGING_CATEGORY(lcSim, "wk.sim")
Q_LOGGING_CATEGORY(lcUi, "wk.ui")
