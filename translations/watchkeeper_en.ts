<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Wk::AlertStatus</name>
    <message numerus="yes">
        <location filename="../models/alerts/alertstatus.cpp" line="+35"/>
        <source>silenced by %n silence(s)</source>
        <translation>
            <numerusform>silenced by %n silence</numerusform>
            <numerusform>silenced by %n silences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::Duration</name>
    <message numerus="yes">
        <location filename="../models/core/duration.cpp" line="+103"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::HealthDecoder</name>
    <message numerus="yes">
        <location filename="../models/sources/healthdecoder.cpp" line="+153"/>
        <source>%n API(s) failing</source>
        <translation>
            <numerusform>%n API failing</numerusform>
            <numerusform>%n APIs failing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::IncidentBoard</name>
    <message numerus="yes">
        <location filename="../widgets/incidentboard.cpp" line="+272"/>
        <source>%1, %n incident(s)</source>
        <translation>
            <numerusform>%1, %n incident</numerusform>
            <numerusform>%1, %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::IncidentChange</name>
    <message numerus="yes">
        <location filename="../models/incidents/incidentchange.cpp" line="+643"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+260"/>
        <source>Watchkeeper: %n unacknowledged alert(s), worst %1</source>
        <translation>
            <numerusform>Watchkeeper: %n unacknowledged alert, worst %1</numerusform>
            <numerusform>Watchkeeper: %n unacknowledged alerts, worst %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Report written to %1 (%n page)</numerusform>
            <numerusform>Report written to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source> — %n series over the cap dropped</source>
        <translation>
            <numerusform> — %n series over the cap dropped</numerusform>
            <numerusform> — %n series over the cap dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::Notifier</name>
    <message numerus="yes">
        <location filename="../models/alerts/notifier.cpp" line="+579"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %n attempt: %1</numerusform>
            <numerusform>gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::PrometheusEngine</name>
    <message numerus="yes">
        <location filename="../models/promql/prometheusengine.cpp" line="+456"/>
        <source>unsupported: native histograms (%n sample(s) left out)</source>
        <translation>
            <numerusform>unsupported: native histograms (%n sample left out)</numerusform>
            <numerusform>unsupported: native histograms (%n samples left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::SilencesModel</name>
    <message numerus="yes">
        <location filename="../models/alerts/silencesmodel.cpp" line="+251"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message numerus="yes">
        <location filename="../app/reportcommand.cpp" line="+127"/>
        <source>report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>report written to %1 (%n page)</numerusform>
            <numerusform>report written to %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
</TS>
