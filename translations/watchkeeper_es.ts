<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Wk::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/acknowledgedialog.cpp" line="+35"/>
        <source>Acknowledge alerts</source>
        <translation>Reconocer alertas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledged by:</source>
        <translation>Reconocida por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you are doing about it (optional)</source>
        <translation>Qué se está haciendo al respecto (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lasts at most</source>
        <translation>Dura como máximo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom…</source>
        <translation>Personalizada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 36h or 2d</source>
        <translation>p. ej., 36h o 2d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom duration</source>
        <translation>Duración personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duration such as 90m, 36h or 2d</source>
        <translation>Una duración como 90m, 36h o 2d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lasts &amp;at most:</source>
        <translation>Dura como &amp;máximo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>alert %1 (gone)</source>
        <translation>alerta %1 (ya no existe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2%3, %4 for %5</source>
        <translation>%1  %2%3, %4 desde hace %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge alert</source>
        <translation>Reconocer alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge %1 alerts</source>
        <translation>Reconocer %1 alertas</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Lasts until the alert resolves, or for at most %1, whichever comes first. It stops escalation and repeating notifications.</source>
        <translation>Dura hasta que la alerta se resuelva o, como máximo, %1, lo que ocurra primero. Detiene el escalado y las notificaciones repetidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Enter how long the acknowledgement may last, such as 90m, 36h or 2d.</source>
        <translation>Indique cuánto puede durar el reconocimiento, por ejemplo 90m, 36h o 2d.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 acknowledged; these were not:</source>
        <translation>%1 reconocidas; estas no se han reconocido:</translation>
    </message>
</context>
<context>
    <name>Wk::Acknowledgement</name>
    <message>
        <location filename="../models/alerts/acknowledgement.cpp" line="+33"/>
        <source>acknowledged by %1 %2 ago</source>
        <translation>reconocida por %1 hace %2</translation>
    </message>
</context>
<context>
    <name>Wk::AlertBook</name>
    <message>
        <location filename="../models/alerts/alertbook.cpp" line="+41"/>
        <source> (critical alerts included)</source>
        <translation> (incluidas las alertas críticas)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>the alert is gone</source>
        <translation>la alerta ya no existe</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>step %1 after %2 min to %3 (%4)</source>
        <translation>paso %1 tras %2 min a %3 (%4)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>there is no alert %1</source>
        <translation>no existe la alerta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 (%2) has resolved; there is nothing to acknowledge</source>
        <translation>la alerta %1 (%2) se ha resuelto; no hay nada que reconocer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 (%2) is already acknowledged by %3 %4 ago</source>
        <translation>la alerta %1 (%2) ya fue reconocida por %3 hace %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an acknowledgement must last a positive time</source>
        <translation>un reconocimiento debe durar un tiempo positivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unacknowledged</source>
        <translation>reconocimiento quitado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>alert %1 is not acknowledged</source>
        <translation>la alerta %1 no está reconocida</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: acknowledgement by %2 ended (%3)</source>
        <translation>%1: finalizó el reconocimiento de %2 (%3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the acknowledgement expired</source>
        <translation>el reconocimiento caducó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the alert resolved</source>
        <translation>la alerta se resolvió</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>acknowledged in Watchkeeper</source>
        <translation>reconocida en Watchkeeper</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>acknowledgement ended</source>
        <translation>reconocimiento finalizado</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+31"/>
        <source>there is no maintenance window %1</source>
        <translation>no existe la ventana de mantenimiento %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertDetailPane</name>
    <message>
        <location filename="../widgets/alertdetailpane.cpp" line="+115"/>
        <source>Alert details</source>
        <translation>Detalles de la alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an alert to see its details.</source>
        <translation>Seleccione una alerta para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runbook link</source>
        <translation>Enlace al runbook</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runbook:</source>
        <translation>Runbook:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged:</source>
        <translation>Reconocida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed:</source>
        <translation>Suprimida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation:</source>
        <translation>Escalado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified:</source>
        <translation>Notificado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>Anotaciones:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule expression over the last hour</source>
        <translation>Expresión de la regla en la última hora</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 for %2</source>
        <translation>%1 desde hace %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>until the alert resolves, at most until %1</source>
        <translation>hasta que la alerta se resuelva, como máximo hasta %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1 at %2 to %3 (%4)</source>
        <translation>paso %1 (%2) a %3 (%4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The expression of rule %1 is not known here, so there is no chart.</source>
        <translation>La expresión de la regla %1 no se conoce aquí, por lo que no hay gráfico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule expression over the last hour: %1 (the chart shows %2; the line is where the alert condition begins)</source>
        <translation>Expresión de la regla en la última hora: %1 (el gráfico muestra %2; la línea marca dónde empieza la condición de la alerta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule expression over the last hour: %1</source>
        <translation>Expresión de la regla en la última hora: %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertListProxy</name>
    <message>
        <location filename="../widgets/alertlistproxy.cpp" line="+75"/>
        <source>silenced by %1 until %2</source>
        <translation>silenciada por %1 hasta %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silenced (silence %1)</source>
        <translation>silenciada (silencio %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>maintenance &quot;%1&quot; until %2</source>
        <translation>mantenimiento &quot;%1&quot; hasta %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maintenance &quot;%1&quot;</source>
        <translation>mantenimiento &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inhibited by %1</source>
        <translation>inhibida por %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>step %1 at %2 to %3 (%4)</source>
        <translation>paso %1 (%2) a %3 (%4)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by</source>
        <translation>Reconocida por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed because</source>
        <translation>Motivo de supresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
</context>
<context>
    <name>Wk::AlertRepository</name>
    <message>
        <location filename="../models/alerts/alertrepository.cpp" line="+295"/>
        <source>cannot write the audit log</source>
        <translation>no se puede escribir el registro de auditoría</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>cannot read the audit log</source>
        <translation>no se puede leer el registro de auditoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>cannot read acknowledgements</source>
        <translation>no se pueden leer los reconocimientos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot save the acknowledgement</source>
        <translation>no se puede guardar el reconocimiento</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot end acknowledgement %1</source>
        <translation>no se puede finalizar el reconocimiento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgement %1 has already ended</source>
        <translation>el reconocimiento %1 ya ha finalizado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot update acknowledgement %1</source>
        <translation>no se puede actualizar el reconocimiento %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read silences</source>
        <translation>no se pueden leer los silencios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>silence %1 in %2: %3</source>
        <translation>silencio %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>cannot save silence %1</source>
        <translation>no se puede guardar el silencio %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot purge expired silences</source>
        <translation>no se pueden purgar los silencios caducados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read maintenance windows</source>
        <translation>no se pueden leer las ventanas de mantenimiento</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>cannot save maintenance window %1</source>
        <translation>no se puede guardar la ventana de mantenimiento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>there is no maintenance window %1</source>
        <translation>no existe la ventana de mantenimiento %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>cannot remove maintenance window %1</source>
        <translation>no se puede eliminar la ventana de mantenimiento %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot record alert history</source>
        <translation>no se puede registrar el historial de alertas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read alert history</source>
        <translation>no se puede leer el historial de alertas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot prune alert history</source>
        <translation>no se puede depurar el historial de alertas</translation>
    </message>
</context>
<context>
    <name>Wk::AlertStatus</name>
    <message>
        <location filename="../models/alerts/alertstatus.cpp" line="+22"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>silenced by %n silence(s)</source>
        <translation>
            <numerusform>silenciada por %n silencio</numerusform>
            <numerusform>silenciada por %n silencios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inhibited by %1</source>
        <translation>inhibida por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in maintenance window %1</source>
        <translation>en la ventana de mantenimiento %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertStyle</name>
    <message>
        <location filename="../widgets/alertstyle.cpp" line="+26"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Wk::AlertmanagerClient</name>
    <message>
        <location filename="../models/alerts/alertmanagerclient.cpp" line="+47"/>
        <source>Alertmanager at %1: %2</source>
        <translation>Alertmanager en %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alertmanager at %1: HTTP %2: %3</source>
        <translation>Alertmanager en %1: HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>Wk::AlertmanagerCodec</name>
    <message>
        <location filename="../models/alerts/alertmanagercodec.cpp" line="+21"/>
        <source>not JSON at offset %1: %2</source>
        <translation>no es JSON en la posición %1: %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>matcher %1 has no name</source>
        <translation>el matcher %1 no tiene nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>matcher %1: %2</source>
        <translation>matcher %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>alert %1: fingerprint &quot;%2&quot; is not hexadecimal</source>
        <translation>alerta %1: el fingerprint &quot;%2&quot; no es hexadecimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1: startsAt is not a time</source>
        <translation>alerta %1: startsAt no es una marca de tiempo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected a list of alerts</source>
        <translation>se esperaba una lista de alertas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a list of alert groups</source>
        <translation>se esperaba una lista de grupos de alertas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>silence %1: %2</source>
        <translation>silencio %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>startsAt or endsAt is not a time</source>
        <translation>startsAt o endsAt no es una marca de tiempo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of silences</source>
        <translation>se esperaba una lista de silencios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a silence object</source>
        <translation>se esperaba un objeto de silencio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the answer names no silenceID</source>
        <translation>la respuesta no indica ningún silenceID</translation>
    </message>
</context>
<context>
    <name>Wk::AlertmanagerSilenceStore</name>
    <message>
        <location filename="../models/alerts/alertmanagersilencestore.cpp" line="+119"/>
        <location line="+34"/>
        <source>no Alertmanager client</source>
        <translation>no hay cliente de Alertmanager</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 until %2 on %3</source>
        <translation>%1 hasta %2 en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated to %1 until %2 on %3</source>
        <translation>actualizado a %1 hasta %2 en %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced %1 by %2 until %3 on %4</source>
        <translation>%1 sustituido por %2 hasta %3 en %4</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expired %1 on %2</source>
        <translation>%1 caducado en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired on %1</source>
        <translation>caducado en %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsCli</name>
    <message>
        <location filename="../models/alerts/alertscli.cpp" line="+91"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Alertmanager at %1 did not answer in time</source>
        <translation>Alertmanager en %1 no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no database and no Alertmanager to work on</source>
        <translation>no hay base de datos ni Alertmanager con los que trabajar</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <source>%1 did not answer in time</source>
        <translation>%1 no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>empty alert id</source>
        <translation>id de alerta vacío</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no current alert %1 (see &quot;alerts list&quot;)</source>
        <translation>no hay ninguna alerta actual %1 (consulte &quot;alerts list&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>%1 is ambiguous: it starts %2</source>
        <translation>%1 es ambiguo: es el inicio de %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>empty silence id</source>
        <translation>id de silencio vacío</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no silence %1 (see &quot;silence list&quot;)</source>
        <translation>no existe el silencio %1 (consulte &quot;silence list&quot;)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source># Alerts from Alertmanager at %1</source>
        <translation># Alertas de Alertmanager en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Alerts as last recorded in %1 (no rule evaluator runs here; a running Watchkeeper has the live state)</source>
        <translation># Alertas según el último registro en %1 (aquí no se ejecuta ningún evaluador de reglas; un Watchkeeper en ejecución tiene el estado en vivo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 ago</source>
        <translation>%1, hace %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+189"/>
        <location line="+71"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Alertname</source>
        <translation>Nombre de alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+189"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suppressed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: alerts ack ID... --note TEXT [--expires 4h]</source>
        <translation>uso: alerts ack ID... --note TEXT [--expires 4h]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--expires: %1</source>
        <translation>--expires: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be positive</source>
        <translation>debe ser positivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>acknowledged %1 (%2) until %3</source>
        <translation>reconocida %1 (%2) hasta %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: alerts unack ID... [--reason TEXT]</source>
        <translation>uso: alerts unack ID... [--reason TEXT]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unacknowledged %1</source>
        <translation>quitado el reconocimiento de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a time; use RFC 3339 (2026-03-03T02:00:00Z) or now</source>
        <translation>&quot;%1&quot; no es una hora válida; use RFC 3339 (2026-03-03T02:00:00Z) o now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] [--start TIME] [--author NAME]</source>
        <translation>uso: silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] [--start TIME] [--author NAME]</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--duration: %1</source>
        <translation>--duration: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>silence refused: %1</source>
        <translation>silencio rechazado: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts At</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends At</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matching</source>
        <translation>Coincidentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>Created By</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+71"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>usage: silence expire ID... [--reason TEXT]</source>
        <translation>uso: silence expire ID... [--reason TEXT]</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>none left</source>
        <translation>no quedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force until %1</source>
        <translation>en vigor hasta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all but critical</source>
        <translation>todas salvo las críticas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppresses</source>
        <translation>Suprime</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: audit export FILE.csv|-</source>
        <translation>uso: audit export FILE.csv|-</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the audit log lives in the workspace database; none is configured</source>
        <translation>el registro de auditoría se guarda en la base de datos del espacio de trabajo; no hay ninguna configurada</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>unknown command &quot;%1 %2&quot;; commands:</source>
        <translation>comando desconocido &quot;%1 %2&quot;; comandos:</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsModel</name>
    <message>
        <location filename="../models/alerts/alertsmodel.cpp" line="+557"/>
        <source>%1, %2 ago</source>
        <translation>%1, hace %2</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no %1)</source>
        <translation>(sin %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 firing, %2 pending</source>
        <translation>%1 activas, %2 pendientes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsPage</name>
    <message>
        <location filename="../widgets/alertspage.cpp" line="+73"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert list</source>
        <translation>Lista de alertas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alert details</source>
        <translation>Detalles de la alerta</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Show %1 alerts</source>
        <translation>Mostrar alertas: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+457"/>
        <source>Show suppressed and inhibited</source>
        <translation>Mostrar suprimidas e inhibidas</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Also list alerts that are silenced, in a maintenance window or inhibited by another alert, with the reason</source>
        <translation>Mostrar también las alertas silenciadas, en una ventana de mantenimiento o inhibidas por otra alerta, con el motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert name</source>
        <translation>nombre de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation>instancia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter: label text or instance=~&quot;db.*&quot;  ( / )</source>
        <translation>Filtro: texto de etiqueta o instance=~&quot;db.*&quot;  ( / )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label filter</source>
        <translation>Filtro de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in any label or the summary, or matchers such as severity=&quot;critical&quot;. Press / to get here, Escape to leave.</source>
        <translation>Texto en cualquier etiqueta o en el resumen, o matchers como severity=&quot;critical&quot;. Pulse / para llegar aquí y Escape para salir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledge…</source>
        <translation>Reconocer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the selected alerts</source>
        <translation>Reconocer las alertas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un-acknowledge</source>
        <translation>Quitar reconocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the acknowledgement of the selected alerts</source>
        <translation>Quitar el reconocimiento de las alertas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence alerts like the selected ones</source>
        <translation>Silenciar alertas como las seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incident…</source>
        <translation>Abrir incidente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an incident with the current alert linked to it</source>
        <translation>Abrir un incidente con la alerta actual vinculada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert count</source>
        <translation>Número de alertas</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Nothing to acknowledge: select a pending or firing alert that nobody has acknowledged.</source>
        <translation>Nada que reconocer: seleccione una alerta pendiente o activa que nadie haya reconocido.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing to open an incident for: select an alert.</source>
        <translation>No hay nada para lo que abrir un incidente: seleccione una alerta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The incident could not be opened.</source>
        <translation>No se pudo abrir el incidente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident is queued: it opens when the incident database is reachable again.</source>
        <translation>El incidente está en cola: se abrirá cuando la base de datos de incidentes vuelva a estar accesible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened incident #%1.</source>
        <translation>Incidente #%1 abierto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to un-acknowledge: none of the selected alerts is acknowledged.</source>
        <translation>No hay nada a lo que quitar el reconocimiento: ninguna de las alertas seleccionadas está reconocida.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an alert to silence alerts like it.</source>
        <translation>Seleccione una alerta para silenciar las alertas similares.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Show suppressed and inhibited (%1)</source>
        <translation>Mostrar suprimidas e inhibidas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 alert shown</source>
        <translation>1 alerta mostrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alerts shown</source>
        <translation>%1 alertas mostradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 needs attention</source>
        <translation>1 requiere atención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsPanel</name>
    <message>
        <location filename="../widgets/alertspanel.cpp" line="+40"/>
        <source>Alerts needing attention</source>
        <translation>Alertas que requieren atención</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>step %1 · %2</source>
        <translation>paso %1 · %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+49"/>
        <source>No firing alert needs attention</source>
        <translation>Ninguna alerta activa requiere atención</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+98"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>Wk::AuditLogModel</name>
    <message>
        <location filename="../models/alerts/auditlogmodel.cpp" line="+49"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>Wk::AuditPage</name>
    <message>
        <location filename="../widgets/auditpage.cpp" line="+30"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit filter</source>
        <translation>Filtro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by who, action, alert or reason (Ctrl+F)</source>
        <translation>Filtrar por quién, acción, alerta o motivo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the whole audit log to a CSV file (%1)</source>
        <translation>Escribir todo el registro de auditoría en un archivo CSV (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This session keeps no database, so there is no audit log to show.</source>
        <translation>Esta sesión no tiene base de datos, así que no hay registro de auditoría que mostrar.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit log was not exported: %1</source>
        <translation>No se exportó el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log was exported to %1.</source>
        <translation>El registro de auditoría se exportó a %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Wk::AuditReasonDialog</name>
    <message>
        <location filename="../widgets/auditreasondialog.cpp" line="+31"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required; it goes to the audit log)</source>
        <translation>Por qué (obligatorio; se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Say why first</source>
        <translation>Indique primero el motivo</translation>
    </message>
</context>
<context>
    <name>Wk::BarChartWidget</name>
    <message>
        <location filename="../widgets/barchartwidget.cpp" line="+160"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>Wk::BucketChunk</name>
    <message>
        <location filename="../models/metrics/bucketchunk.cpp" line="+145"/>
        <source>corrupt bit stream</source>
        <translation>flujo de bits dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buckets out of order</source>
        <translation>buckets fuera de orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no buckets</source>
        <translation>sin buckets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid bucket chunk: %1</source>
        <translation>fragmento de buckets no válido: %1</translation>
    </message>
</context>
<context>
    <name>Wk::Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+37"/>
        <location line="+11"/>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>metrics check FILE|-   parse an exposition page, print its counts or first error</source>
        <translation>metrics check FILE|-   leer una página de exposición, mostrar sus recuentos o el primer error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules test FILE...      run rule unit tests (promtool test rules format)</source>
        <translation>rules test FILE...      ejecutar pruebas unitarias de reglas (formato de promtool test rules)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alerts list [--json] | ack ID... --note TEXT | unack ID...</source>
        <translation>alerts list [--json] | ack ID... --note TEXT | unack ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silence add MATCHER... --duration 2h --comment TEXT | list | expire ID</source>
        <translation>silence add MATCHER... --duration 2h --comment TEXT | list | expire ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maintenance list [--json]</source>
        <translation>maintenance list [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit export FILE.csv|-   (all: [--workspace FILE | --database LOC])</source>
        <translation>audit export FILE.csv|-   (todos: [--workspace FILE | --database LOC])</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incident list|show|open|move|note|ack|export ...   the incident board [--workspace FILE | --database LOC]</source>
        <translation>incident list|show|open|move|note|ack|export ...   el tablero de incidentes [--workspace FILE | --database LOC]</translation>
    </message>
</context>
<context>
    <name>Wk::Collector</name>
    <message>
        <location filename="../models/sources/collector.cpp" line="+92"/>
        <source>cannot read credentials_file %1: %2</source>
        <translation>no se puede leer credentials_file %1: %2</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>invalid response: %1</source>
        <translation>respuesta no válida: %1</translation>
    </message>
</context>
<context>
    <name>Wk::CommunicationChecklist</name>
    <message>
        <location filename="../models/incidents/communicationchecklist.cpp" line="+57"/>
        <source>Slack: real-time updates in #incidents</source>
        <translation>Slack: actualizaciones en tiempo real en #incidents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: status updates to stakeholders</source>
        <translation>Correo electrónico: actualizaciones de estado a las partes interesadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: call the on-call chain (critical incidents)</source>
        <translation>Teléfono: llamar a la cadena de guardia (incidentes críticos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status page: public status update</source>
        <translation>Página de estado: actualización pública del estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: customer notification (P1/P2)</source>
        <translation>Correo electrónico: notificación a clientes (P1/P2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Social media: post for a major incident</source>
        <translation>Redes sociales: publicación para un incidente grave</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>internal</source>
        <translation>interno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>external</source>
        <translation>externo</translation>
    </message>
</context>
<context>
    <name>Wk::Dashboard</name>
    <message>
        <location filename="../models/dashboards/dashboard.cpp" line="+41"/>
        <source>: a panel must be an object</source>
        <translation>: un panel debe ser un objeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: unknown panel type &quot;%1&quot; (timeseries, stat, gauge, status, bar, funnel, table, alerts, incidents, text)</source>
        <translation>: tipo de panel desconocido &quot;%1&quot; (timeseries, stat, gauge, status, bar, funnel, table, alerts, incidents, text)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: grid needs whole numbers x, y, w, h</source>
        <translation>: grid necesita números enteros x, y, w, h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: grid position and size must be positive</source>
        <translation>: la posición y el tamaño de grid deben ser positivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: queries must be a list</source>
        <translation>: queries debe ser una lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: a query needs an expr</source>
        <translation>: una consulta necesita un expr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>: a %1 panel needs at least one query</source>
        <translation>: un panel %1 necesita al menos una consulta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: decimals must be a whole number</source>
        <translation>: decimals debe ser un número entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: thresholds must be a list</source>
        <translation>: thresholds debe ser una lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: a threshold needs a numeric value</source>
        <translation>: un umbral necesita un valor numérico (value)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>: target must be a number or {value, label}</source>
        <translation>: target debe ser un número o {value, label}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: columns must be a list of label names</source>
        <translation>: columns debe ser una lista de nombres de etiqueta</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>a dashboard must be a JSON object</source>
        <translation>un tablero debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a dashboard needs a panels list</source>
        <translation>un tablero necesita una lista panels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Broken panel</source>
        <translation>Panel defectuoso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read dashboard: %1</source>
        <translation>no se puede leer el tablero: %1</translation>
    </message>
    <message>
        <location filename="dashboard-strings.cpp" line="+5"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business and product teams</source>
        <translation>Equipos de negocio y producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead funnel (24 h)</source>
        <translation>Embudo de leads (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>creados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>cualificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted</source>
        <translation>convertidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments (24 h)</source>
        <translation>Citas (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>programadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>canceladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI agent success rate</source>
        <translation>Tasa de éxito del agente de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI agent escalation rate</source>
        <translation>Tasa de escalado del agente de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>escaladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads per hour by source</source>
        <translation>Leads por hora según origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI agent conversations per hour</source>
        <translation>Conversaciones del agente de IA por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, SMS and emails per hour</source>
        <translation>Llamadas, SMS y correos electrónicos por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emails</source>
        <translation>correos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active users</source>
        <translation>usuarios activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering</source>
        <translation>Ingeniería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development and operations teams</source>
        <translation>Equipos de desarrollo y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System health</source>
        <translation>Estado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 API latency by endpoint</source>
        <translation>Latencia p95 de la API por endpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th percentile of request duration per endpoint over 5 minutes. Target &lt; 500 ms.</source>
        <translation>Percentil 95 de la duración de las solicitudes por endpoint en 5 minutos. Objetivo &lt; 500 ms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 ms target</source>
        <translation>objetivo de 500 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 s: performance alert</source>
        <translation>2 s: alerta de rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 database query time</source>
        <translation>Tiempo p95 de consultas a la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>200 ms target</source>
        <translation>objetivo de 200 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of requests answered with a 5xx status over 5 minutes. Alert above 10 %.</source>
        <translation>Proporción de solicitudes respondidas con un estado 5xx en 5 minutos. Alerta por encima del 10 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx share</source>
        <translation>proporción de 5xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpu</source>
        <translation>cpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk (fullest mount)</source>
        <translation>Disco (montaje más lleno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk</source>
        <translation>disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource utilisation</source>
        <translation>Uso de recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive</source>
        <translation>Ejecutivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management and stakeholders</source>
        <translation>Gerencia y partes interesadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime (30 days)</source>
        <translation>Disponibilidad (30 días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of health polls in the last 30 days that the service answered. Target 99.9 %.</source>
        <translation>Proporción de sondeos de estado de los últimos 30 días que el servicio respondió. Objetivo: 99,9 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99.9 % target</source>
        <translation>objetivo del 99,9 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uptime</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below 99.9 % target</source>
        <translation>por debajo del objetivo del 99,9 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue (24 h)</source>
        <translation>Ingresos (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion (24 h)</source>
        <translation>Conversión de leads (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion</source>
        <translation>conversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction</source>
        <translation>Satisfacción del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of 5</source>
        <translation>de 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User growth</source>
        <translation>Crecimiento de usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered users</source>
        <translation>usuarios registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per hour by plan</source>
        <translation>Ingresos por hora según plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion rate (daily)</source>
        <translation>Tasa de conversión de leads (diaria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted / created</source>
        <translation>convertidos / creados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability (hourly)</source>
        <translation>Disponibilidad (por hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support and operations teams</source>
        <translation>Equipos de soporte y operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time status</source>
        <translation>Estado en tiempo real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active alerts</source>
        <translation>Alertas activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing alerts that need someone: not acknowledged, not silenced, not inhibited, not in maintenance.</source>
        <translation>Alertas activas que necesitan a alguien: sin reconocer, sin silenciar, sin inhibir y fuera de mantenimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active incidents</source>
        <translation>Incidentes activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incidents, worst first</source>
        <translation>Incidentes abiertos, los más graves primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> the Incidents tab is where they are worked.</source>
        <translation> se gestionan en la pestaña Incidentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1000 req/s capacity</source>
        <translation>capacidad de 1000 req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 latency, all endpoints</source>
        <translation>Latencia p95, todos los endpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity utilisation</source>
        <translation>Uso de la capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB connections (of 100)</source>
        <translation>Conexiones a la BD (de 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins (5 min)</source>
        <translation>Inicios de sesión fallidos (5 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed logins</source>
        <translation>inicios de sesión fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account lockouts (1 h)</source>
        <translation>Bloqueos de cuenta (1 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lockouts</source>
        <translation>bloqueos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security events per 5 min</source>
        <translation>Eventos de seguridad por 5 min</translation>
    </message>
</context>
<context>
    <name>Wk::DashboardRunner</name>
    <message>
        <location filename="../models/dashboards/dashboardrunner.cpp" line="+196"/>
        <source>query %1: %2</source>
        <translation>consulta %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: loading</source>
        <translation>%1: cargando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
</context>
<context>
    <name>Wk::Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+87"/>
        <location line="+40"/>
        <source>cannot open database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL names no database (postgresql://user@host:port/dbname)</source>
        <translation>la URL no indica ninguna base de datos (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema &quot;%1&quot; is not a plain SQL name</source>
        <translation>el esquema &quot;%1&quot; no es un nombre SQL simple</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter %1 has an unusable value</source>
        <translation>el parámetro %1 tiene un valor no utilizable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown parameter &quot;%1&quot;; known: %2</source>
        <translation>parámetro desconocido &quot;%1&quot;; conocidos: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+40"/>
        <source>cannot read the schema version of %1</source>
        <translation>no se puede leer la versión del esquema de %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>migration module name &quot;%1&quot; must be lower-case letters, digits and _</source>
        <translation>el nombre del módulo de migración &quot;%1&quot; solo puede contener letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migrations of module %1 must be numbered upwards from 1 and each have statements; version %2 is not</source>
        <translation>las migraciones del módulo %1 deben numerarse en orden ascendente desde 1 y tener instrucciones cada una; la versión %2 no lo cumple</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database %1 has version %2 of the %3 schema, newer than version %4 that this Watchkeeper knows; use a newer Watchkeeper or another database</source>
        <translation>la base de datos %1 tiene la versión %2 del esquema %3, más reciente que la versión %4 que conoce este Watchkeeper; use un Watchkeeper más reciente u otra base de datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>migration %1 of %2 (%3) failed</source>
        <translation>falló la migración %1 de %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot record migration %1 of %2</source>
        <translation>no se puede registrar la migración %1 de %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a transaction on %1 is already open</source>
        <translation>ya hay una transacción abierta en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no transaction on %1 to commit</source>
        <translation>no hay ninguna transacción en %1 que confirmar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot run &quot;%1&quot;</source>
        <translation>no se puede ejecutar &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Wk::DatabaseLease</name>
    <message>
        <location filename="../models/storage/databaselease.cpp" line="+59"/>
        <source>lease &quot;%1&quot; given up: %2</source>
        <translation>concesión &quot;%1&quot; abandonada: %2</translation>
    </message>
</context>
<context>
    <name>Wk::Duration</name>
    <message>
        <location filename="../models/core/duration.cpp" line="+34"/>
        <source>empty duration</source>
        <translation>duración vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid duration &quot;%1&quot;: expected a number at position %2</source>
        <translation>duración no válida &quot;%1&quot;: se esperaba un número en la posición %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid duration &quot;%1&quot;: expected a unit (ms, s, m, h, d, w, y) at position %2</source>
        <translation>duración no válida &quot;%1&quot;: se esperaba una unidad (ms, s, m, h, d, w, y) en la posición %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid duration &quot;%1&quot;: units out of order</source>
        <translation>duración no válida &quot;%1&quot;: unidades en orden incorrecto</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
    <name>Wk::EngineRegistry</name>
    <message>
        <location filename="../models/promql/engineregistry.cpp" line="+29"/>
        <source>engine &quot;%1&quot;: expected &quot;local&quot;, &quot;prometheus&quot; or a Prometheus URL (http:// or https://)</source>
        <translation>motor &quot;%1&quot;: se esperaba &quot;local&quot;, &quot;prometheus&quot; o una URL de Prometheus (http:// o https://)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>engine &quot;%1&quot;: a Prometheus URL has no query or fragment; give the server&apos;s base URL (the part before /api/v1)</source>
        <translation>motor &quot;%1&quot;: una URL de Prometheus no lleva consulta ni fragmento; indique la URL base del servidor (la parte anterior a /api/v1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>engine &quot;local&quot;: no local engine in this session</source>
        <translation>motor &quot;local&quot;: no hay ningún motor local en esta sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>engine &quot;prometheus&quot;: the workspace names no Prometheus server (prometheus: URL)</source>
        <translation>motor &quot;prometheus&quot;: el espacio de trabajo no indica ningún servidor Prometheus (prometheus: URL)</translation>
    </message>
</context>
<context>
    <name>Wk::EscalationPolicy</name>
    <message>
        <location filename="../models/alerts/escalationpolicy.cpp" line="+76"/>
        <source>escalation must be a map with matchers and steps</source>
        <translation>escalation debe ser un mapa con matchers y steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field %1 in escalation; known: matchers, steps</source>
        <translation>campo desconocido %1 en escalation; conocidos: matchers, steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matchers must be a list of matchers</source>
        <translation>matchers debe ser una lista de matchers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>steps must be a list</source>
        <translation>steps debe ser una lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a step must be a map with after, channels and target</source>
        <translation>un paso debe ser un mapa con after, channels y target</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step needs a positive delay after: (5m, 15m, 30m)</source>
        <translation>un paso necesita un retardo positivo after: (5m, 15m, 30m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step needs a list of channels</source>
        <translation>un paso necesita una lista de canales (channels)</translation>
    </message>
</context>
<context>
    <name>Wk::Exposition</name>
    <message>
        <location filename="../models/metrics/expositionformat.cpp" line="+21"/>
        <source>OpenMetrics 1.0</source>
        <translation>OpenMetrics 1.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prometheus text 0.0.4</source>
        <translation>Texto de Prometheus 0.0.4</translation>
    </message>
</context>
<context>
    <name>Wk::ExpositionParser</name>
    <message>
        <location filename="../models/metrics/expositionparser.cpp" line="+704"/>
        <source>text after &quot;# EOF&quot;</source>
        <translation>texto después de &quot;# EOF&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>missing &quot;# EOF&quot; at the end of an OpenMetrics page</source>
        <translation>falta &quot;# EOF&quot; al final de una página OpenMetrics</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>empty line; OpenMetrics allows none</source>
        <translation>línea vacía; OpenMetrics no las admite</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected &quot;# HELP&quot;, &quot;# TYPE&quot;, &quot;# UNIT&quot; or &quot;# EOF&quot;; OpenMetrics has no comments</source>
        <translation>se esperaba &quot;# HELP&quot;, &quot;# TYPE&quot;, &quot;# UNIT&quot; o &quot;# EOF&quot;; OpenMetrics no admite comentarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a space and a metric name</source>
        <translation>se esperaba un espacio y un nombre de métrica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a metric name</source>
        <translation>se esperaba un nombre de métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+384"/>
        <source>expected a metric name, found %1</source>
        <translation>se esperaba un nombre de métrica; se encontró %1</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>expected a space after the metric name</source>
        <translation>se esperaba un espacio después del nombre de la métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a space after the metric name, found %1</source>
        <translation>se esperaba un espacio después del nombre de la métrica; se encontró %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+400"/>
        <location line="+4"/>
        <source>invalid character %1 in metric name</source>
        <translation>carácter no válido %1 en el nombre de la métrica</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>help text is not valid UTF-8</source>
        <translation>el texto de ayuda no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 line for %2 after its samples; metadata comes first</source>
        <translation>línea %1 para %2 después de sus muestras; los metadatos van primero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>second HELP line for %1</source>
        <translation>segunda línea HELP para %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>second TYPE line for %1</source>
        <translation>segunda línea TYPE para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a metric type</source>
        <translation>se esperaba un tipo de métrica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected text after the metric type</source>
        <translation>texto inesperado después del tipo de métrica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown metric type %1; expected counter, gauge, histogram, gaugehistogram, summary, info, stateset or unknown</source>
        <translation>tipo de métrica desconocido %1; se esperaba counter, gauge, histogram, gaugehistogram, summary, info, stateset o unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown metric type %1; expected counter, gauge, histogram, summary or untyped</source>
        <translation>tipo de métrica desconocido %1; se esperaba counter, gauge, histogram, summary o untyped</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>%1 metrics have no unit</source>
        <translation>las métricas %1 no tienen unidad</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>second UNIT line for %1</source>
        <translation>segunda línea UNIT para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid character %1 in unit</source>
        <translation>carácter no válido %1 en la unidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the metric name %1 must end with &quot;_%2&quot;, its unit</source>
        <translation>el nombre de métrica %1 debe terminar en &quot;_%2&quot;, su unidad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was used by an earlier metric family; a family&apos;s lines must be together and names must not clash</source>
        <translation>%1 ya lo usó una familia de métricas anterior; las líneas de una familia deben ir juntas y los nombres no deben coincidir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs the name %2, which an earlier metric family used</source>
        <translation>%1 necesita el nombre %2, que ya usó una familia de métricas anterior</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+33"/>
        <source>label value not closed by &apos;&quot;&apos;</source>
        <translation>valor de etiqueta no cerrado con &apos;&quot;&apos;</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>label value is not valid UTF-8</source>
        <translation>el valor de la etiqueta no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+22"/>
        <source>label set not closed by &apos;}&apos;</source>
        <translation>conjunto de etiquetas no cerrado con &apos;}&apos;</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>expected a label name, found %1</source>
        <translation>se esperaba un nombre de etiqueta; se encontró %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &apos;=&apos; after the label name %1</source>
        <translation>se esperaba &apos;=&apos; después del nombre de etiqueta %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;&quot;&apos; to open the value of label %1</source>
        <translation>se esperaba &apos;&quot;&apos; para abrir el valor de la etiqueta %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; tras un valor de etiqueta; se encontró %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>duplicate label %1</source>
        <translation>etiqueta duplicada %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an exemplar: &quot;# {labels} value [timestamp]&quot;</source>
        <translation>se esperaba un ejemplar: &quot;# {labels} value [timestamp]&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a space and the exemplar&apos;s value</source>
        <translation>se esperaba un espacio y el valor del ejemplar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the exemplar&apos;s value</source>
        <translation>se esperaba el valor del ejemplar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid exemplar value %1</source>
        <translation>valor de ejemplar no válido %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trailing space after the exemplar&apos;s value</source>
        <translation>espacio sobrante tras el valor del ejemplar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid exemplar timestamp %1</source>
        <translation>marca de tiempo de ejemplar no válida %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text after the exemplar&apos;s timestamp</source>
        <translation>texto inesperado tras la marca de tiempo del ejemplar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a space and a value</source>
        <translation>se esperaba un espacio y un valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a space after the labels, found %1</source>
        <translation>se esperaba un espacio tras las etiquetas; se encontró %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid value %1</source>
        <translation>valor no válido %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>trailing space after the value</source>
        <translation>espacio sobrante tras el valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a timestamp</source>
        <translation>se esperaba una marca de tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid timestamp %1</source>
        <translation>marca de tiempo no válida %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trailing space after the timestamp</source>
        <translation>espacio sobrante tras la marca de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected &quot;# {&quot; to start an exemplar, found %1</source>
        <translation>se esperaba &quot;# {&quot; para iniciar un ejemplar; se encontró %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid timestamp %1; expected integer milliseconds</source>
        <translation>marca de tiempo no válida %1; se esperaban milisegundos enteros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text after the timestamp</source>
        <translation>texto inesperado tras la marca de tiempo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a sample name of the %2 family %3</source>
        <translation>%1 no es un nombre de muestra de la familia %2 %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>exemplars are allowed only on histogram buckets and counter totals</source>
        <translation>los ejemplares solo se permiten en buckets de histograma y en totales de contador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exemplar labels have %1 characters; at most 128 are allowed</source>
        <translation>las etiquetas del ejemplar tienen %1 caracteres; se permiten como máximo 128</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a stateset sample needs the label %1</source>
        <translation>una muestra de stateset necesita la etiqueta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a histogram bucket needs the label &quot;le&quot;</source>
        <translation>un bucket de histograma necesita la etiqueta &quot;le&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary quantile needs the label &quot;quantile&quot;</source>
        <translation>un cuantil de summary necesita la etiqueta &quot;quantile&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+101"/>
        <location line="+9"/>
        <source>duplicate series %1</source>
        <translation>serie duplicada %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>samples of one group of %1 are not together</source>
        <translation>las muestras de un mismo grupo de %1 no están juntas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>samples of one group must all have timestamps or none</source>
        <translation>las muestras de un mismo grupo deben tener todas marca de tiempo o ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timestamp goes backwards within a group</source>
        <translation>la marca de tiempo retrocede dentro de un grupo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 must not be NaN</source>
        <translation>%1 no debe ser NaN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be negative</source>
        <translation>%1 no debe ser negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an integer</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a stateset sample is 0 or 1</source>
        <translation>una muestra de stateset vale 0 o 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an info sample is 1</source>
        <translation>una muestra de info vale 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quantile&apos;s value must not be negative</source>
        <translation>el valor de un cuantil no debe ser negativo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid le %1</source>
        <translation>le %1 no válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le %1 must be written &quot;+Inf&quot;</source>
        <translation>le %1 debe escribirse &quot;+Inf&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bucket le=%1 comes after le=%2; buckets go in ascending order</source>
        <translation>el bucket le=%1 va después de le=%2; los buckets van en orden ascendente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bucket counts are cumulative; %1 is less than the previous bucket&apos;s %2</source>
        <translation>los recuentos de los buckets son acumulativos; %1 es menor que el %2 del bucket anterior</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the +Inf bucket (%1) differs from the count (%2)</source>
        <translation>el bucket +Inf (%1) difiere del recuento (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid quantile %1; expected a number from 0 to 1</source>
        <translation>cuantil no válido %1; se esperaba un número de 0 a 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quantile %1 comes after %2; quantiles go in ascending order</source>
        <translation>el cuantil %1 va después de %2; los cuantiles van en orden ascendente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the count (%1) differs from the +Inf bucket (%2)</source>
        <translation>el recuento (%1) difiere del bucket +Inf (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>histogram %1 has no bucket with le=&quot;+Inf&quot;</source>
        <translation>el histograma %1 no tiene ningún bucket con le=&quot;+Inf&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>histogram %1 has a _sum but no _count</source>
        <translation>el histograma %1 tiene _sum pero no _count</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gauge histogram %1 has a _gsum but no _gcount</source>
        <translation>el histograma gauge %1 tiene _gsum pero no _gcount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>histogram %1 has a _count but no _sum</source>
        <translation>el histograma %1 tiene _count pero no _sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gauge histogram %1 has a _gcount but no _gsum</source>
        <translation>el histograma gauge %1 tiene _gcount pero no _gsum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has negative buckets, so it must not have a _sum</source>
        <translation>el histograma %1 tiene buckets negativos, así que no debe tener _sum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gauge histogram %1 has a negative _gsum but no negative buckets</source>
        <translation>el histograma gauge %1 tiene un _gsum negativo pero ningún bucket negativo</translation>
    </message>
</context>
<context>
    <name>Wk::FirstRun</name>
    <message>
        <location filename="../app/firstrun.cpp" line="+123"/>
        <source>no target to write</source>
        <translation>no hay ningún destino que escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watchkeeper workspace, written by the welcome page.</source>
        <translation>Espacio de trabajo de Watchkeeper, escrito por la página de bienvenida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit it freely: Settings changes only the lines it needs and keeps your comments.</source>
        <translation>Puede editarse libremente: Configuración solo cambia las líneas que necesita y conserva los comentarios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys: title, targets, database, rule_files, dashboards, alertmanager, prometheus, displays, notifications.</source>
        <translation>Claves: title, targets, database, rule_files, dashboards, alertmanager, prometheus, displays, notifications.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service&apos;s health endpoint, polled every 30 seconds as the monitoring guide says.</source>
        <translation>El endpoint de estado del servicio, sondeado cada 30 segundos como indica la guía de monitorización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Prometheus metrics page, scraped every 15 seconds.</source>
        <translation>Su página de métricas de Prometheus, leída cada 15 segundos.</translation>
    </message>
</context>
<context>
    <name>Wk::FirstRunPage</name>
    <message>
        <location filename="../app/firstrunpage.cpp" line="+42"/>
        <location line="+6"/>
        <location line="+165"/>
        <source>Welcome to Watchkeeper</source>
        <translation>Bienvenido a Watchkeeper</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Watchkeeper watches a service&apos;s health and metrics, raises alerts and shows it all on dashboards. Connect it to your service, or look around with a simulated one first.</source>
        <translation>Watchkeeper vigila el estado y las métricas de un servicio, genera alertas y lo muestra todo en tableros. Conéctelo a su servicio o explore primero con uno simulado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connect to a service</source>
        <translation>Conectar a un servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watchkeeper polls the service&apos;s health endpoint and, when it has one, its Prometheus metrics page.</source>
        <translation>Watchkeeper sondea el endpoint de estado del servicio y, si la tiene, su página de métricas de Prometheus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Health URL</source>
        <translation>URL de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Health URL</source>
        <translation>URL de &amp;estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers GET with the health JSON of the monitoring guide. Polled every 30 seconds.</source>
        <translation>Responde a GET con el JSON de estado de la guía de monitorización. Se sondea cada 30 segundos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics URL (optional)</source>
        <translation>URL de métricas (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Metrics URL
(optional)</source>
        <translation>URL de &amp;métricas
(opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page in Prometheus text format. Scraped every 15 seconds.</source>
        <translation>Una página en formato de texto de Prometheus. Se lee cada 15 segundos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch both URLs once and say what they answer (Enter in a URL field)</source>
        <translation>Consultar ambas URL una vez e indicar qué responden (Intro en un campo de URL)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save and open</source>
        <translation>&amp;Guardar y abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the workspace and open the dashboards (Ctrl+S)</source>
        <translation>Escribir el espacio de trabajo y abrir los tableros (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simulated service with live health, metrics, alerts and incidents: every dashboard works without any setup.</source>
        <translation>Un servicio simulado con estado, métricas, alertas e incidentes en vivo: todos los tableros funcionan sin configurar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can connect your own service later from Settings.</source>
        <translation>Puede conectar su propio servicio más tarde desde Configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your choice is kept in %1. watchkeeper --demo or --workspace FILE starts something else for one run.</source>
        <translation>La elección se guarda en %1. watchkeeper --demo o --workspace FILE inicia otra cosa para una sola ejecución.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the health URL, for example https://service.example.com/api/health.</source>
        <translation>Introduzca la URL de estado, por ejemplo https://service.example.com/api/health.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>&quot;%1&quot; no es una URL http:// ni https://.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+3"/>
        <source>testing…</source>
        <translation>probando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>Wk::FirstRunTester</name>
    <message>
        <location filename="../app/firstruntester.cpp" line="+22"/>
        <source>%1: 1 check</source>
        <translation>%1: 1 comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 checks</source>
        <translation>%1: %2 comprobaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, version %1</source>
        <translation>, versión %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this is a metrics page, not a health response: enter it as the metrics URL</source>
        <translation>esto es una página de métricas, no una respuesta de estado: introdúzcala como URL de métricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a health response: %1</source>
        <translation>no es una respuesta de estado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page has no metrics</source>
        <translation>la página no tiene métricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 series in %2 families</source>
        <translation>%1 series en %2 familias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a health response, not a metrics page: enter it as the health URL</source>
        <translation>esto es una respuesta de estado, no una página de métricas: introdúzcala como URL de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a metrics page: %1</source>
        <translation>no es una página de métricas: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; no es una URL http:// ni https://</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the credentials file %1: %2</source>
        <translation>no se puede leer el archivo de credenciales %1: %2</translation>
    </message>
</context>
<context>
    <name>Wk::FunnelWidget</name>
    <message>
        <location filename="../widgets/funnelwidget.cpp" line="+128"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>overall %1</source>
        <translation>global %1</translation>
    </message>
</context>
<context>
    <name>Wk::Health</name>
    <message>
        <location filename="../models/sources/healthstatus.h" line="+16"/>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Wk::HealthDecoder</name>
    <message>
        <location filename="../models/sources/healthdecoder.cpp" line="+132"/>
        <source>duration %1 ms</source>
        <translation>duración %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n API(s) failing</source>
        <translation>
            <numerusform>%n API con fallos</numerusform>
            <numerusform>%n API con fallos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 at %2 %</source>
        <translation>%1 al %2 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid response: %1</source>
        <translation>respuesta no válida: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid response: expected a JSON object at the top</source>
        <translation>respuesta no válida: se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid response: &quot;data&quot; is %1, expected an object</source>
        <translation>respuesta no válida: &quot;data&quot; es %1; se esperaba un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service answered success=false%1</source>
        <translation>el servicio respondió success=false%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid response: &quot;data.checks&quot; is %1, expected an array</source>
        <translation>respuesta no válida: &quot;data.checks&quot; es %1; se esperaba un array</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid response: data.checks[%1] is %2, expected an object</source>
        <translation>respuesta no válida: data.checks[%1] es %2; se esperaba un objeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid response: data.checks[%1].name is %2, expected a string</source>
        <translation>respuesta no válida: data.checks[%1].name es %2; se esperaba una cadena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid response: data.checks[%1].status is %2, expected a string</source>
        <translation>respuesta no válida: data.checks[%1].status es %2; se esperaba una cadena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid response: data.checks[%1].status &quot;%2&quot; is not healthy, degraded or unhealthy</source>
        <translation>respuesta no válida: data.checks[%1].status &quot;%2&quot; no es healthy, degraded ni unhealthy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid response: data.checks[%1].duration is %2, expected a number of milliseconds</source>
        <translation>respuesta no válida: data.checks[%1].duration es %2; se esperaba un número de milisegundos</translation>
    </message>
</context>
<context>
    <name>Wk::HealthModel</name>
    <message>
        <location filename="../models/sources/healthmodel.cpp" line="+108"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Wk::HistoryRepository</name>
    <message>
        <location filename="../models/storage/historyrepository.cpp" line="+197"/>
        <source>cannot read the stored series</source>
        <translation>no se pueden leer las series guardadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored series %1 has unreadable labels; skipped</source>
        <translation>la serie guardada %1 tiene etiquetas ilegibles; se omite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the stored history</source>
        <translation>no se puede leer el historial guardado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stored chunk of series %1 has unknown tier %2; skipped</source>
        <translation>un bloque guardado de la serie %1 tiene un nivel desconocido %2; se omite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored history refused: %1</source>
        <translation>historial guardado rechazado: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot store series %1</source>
        <translation>no se puede guardar la serie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read back series %1</source>
        <translation>no se puede volver a leer la serie %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot prepare the history statements</source>
        <translation>no se pueden preparar las sentencias del historial</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot store a history chunk</source>
        <translation>no se puede guardar un bloque del historial</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot store open history data</source>
        <translation>no se pueden guardar los datos abiertos del historial</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot clear open history data</source>
        <translation>no se pueden borrar los datos abiertos del historial</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot delete expired history</source>
        <translation>no se puede eliminar el historial caducado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot delete series without history</source>
        <translation>no se pueden eliminar las series sin historial</translation>
    </message>
</context>
<context>
    <name>Wk::HttpFetcher</name>
    <message>
        <location filename="../models/sources/httpfetcher.cpp" line="+31"/>
        <source>unreachable: connection refused</source>
        <translation>inaccesible: conexión rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: host not found</source>
        <translation>inaccesible: host no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: the server closed the connection</source>
        <translation>inaccesible: el servidor cerró la conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>se rechazó una redirección insegura (de https a http)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>falló el protocolo de enlace TLS: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+31"/>
        <source>response larger than the %1 MiB limit</source>
        <translation>respuesta mayor que el límite de %1 MiB</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>timeout after %1 s</source>
        <translation>tiempo de espera agotado tras %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentAutomation</name>
    <message>
        <location filename="../models/incidents/incidentautomation.cpp" line="+31"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentBoard</name>
    <message>
        <location filename="../widgets/incidentboard.cpp" line="+25"/>
        <source>Incident board</source>
        <translation>Tablero de incidentes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only %1 incidents (with the other ticked severities)</source>
        <translation>Mostrar solo los incidentes %1 (junto con las demás gravedades marcadas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only incidents I command or am assigned to</source>
        <translation>Solo los incidentes de los que soy responsable o en los que estoy asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open only</source>
        <translation>Solo &amp;abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide closed incidents</source>
        <translation>Ocultar los incidentes cerrados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident board status</source>
        <translation>Estado del tablero de incidentes</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Not applied after reconnecting: %1</source>
        <translation>No aplicado tras reconectar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1, %n incident(s)</source>
        <translation>
            <numerusform>%1, %n incidente</numerusform>
            <numerusform>%1, %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline: the incident database is unreachable (%1). Showing the last known state.</source>
        <translation>Sin conexión: la base de datos de incidentes es inaccesible (%1). Se muestra el último estado conocido.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the board is read-only</source>
        <translation>el tablero es de solo lectura</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentCardDelegate</name>
    <message>
        <location filename="../widgets/incidentcarddelegate.cpp" line="+105"/>
        <location line="+17"/>
        <source>%1 %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 %2 over</source>
        <translation>%1: %2 de exceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 met in %2</source>
        <translation>%1 cumplida en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 missed by %2</source>
        <translation>%1 incumplida por %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 met</source>
        <translation>%1 cumplida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 missed</source>
        <translation>%1 incumplida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 change waiting to be stored</source>
        <translation>1 cambio pendiente de guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes waiting to be stored</source>
        <translation>%1 cambios pendientes de guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 alert firing</source>
        <translation>1 alerta activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 alerts firing</source>
        <translation>%1 alertas activas</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+89"/>
        <source>No commander</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Commander %1</source>
        <translation>Responsable %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 firing</source>
        <translation>activas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentChange</name>
    <message>
        <location filename="../models/incidents/incidentchange.cpp" line="+38"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>open incident %1</source>
        <translation>abrir el incidente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move to %1</source>
        <translation>mover a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set severity %1</source>
        <translation>establecer la gravedad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename to %1</source>
        <translation>renombrar como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make %1 commander</source>
        <translation>nombrar responsable a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign %1</source>
        <translation>asignar a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set impact %1</source>
        <translation>establecer el impacto %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tick %1</source>
        <translation>marcar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untick %1</source>
        <translation>desmarcar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add action item %1</source>
        <translation>añadir la acción pendiente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit action item %1</source>
        <translation>editar la acción pendiente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledge</source>
        <translation>reconocer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link alert %1</source>
        <translation>vincular la alerta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record alert %1 resolved</source>
        <translation>registrar la alerta %1 como resuelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 SLA breach</source>
        <translation>registrar el incumplimiento del SLA de %1</translation>
    </message>
    <message>
        <location line="+204"/>
        <location line="+78"/>
        <source>an incident needs a title</source>
        <translation>un incidente necesita un título</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+59"/>
        <source>severity &quot;%1&quot; is not one of P1, P2, P3, P4</source>
        <translation>la gravedad &quot;%1&quot; no es ninguna de P1, P2, P3, P4</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Opened as %1 (%2): %3</source>
        <translation>Abierto como %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+215"/>
        <source>%1 firing</source>
        <translation>%1 activa</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+215"/>
        <source>%1 firing (%2)</source>
        <translation>%1 activa (%2)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>&quot;%1&quot; no es una etapa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(reopened: the resolution target runs again)</source>
        <translation>(reabierto: el objetivo de resolución vuelve a contar)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged by moving to %1</source>
        <translation>Reconocido al pasar a %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Escalated %1 → %2</source>
        <translation>Escalado %1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downgraded %1 → %2</source>
        <translation>Rebajado %1 → %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Renamed from %1</source>
        <translation>Renombrado; antes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No incident commander</source>
        <translation>Sin responsable del incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is incident commander</source>
        <translation>%1 es responsable del incidente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody assigned</source>
        <translation>Nadie asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned: %1</source>
        <translation>Asignados: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact: %1</source>
        <translation>Impacto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a communication channel</source>
        <translation>&quot;%1&quot; no es un canal de comunicación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done after all: %1</source>
        <translation>Al final sin hacer: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>an action item needs a text</source>
        <translation>una acción pendiente necesita un texto</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Action item %1: %2 (owner %3, due %4)</source>
        <translation>Acción pendiente %1: %2 (propietario %3, fecha límite %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>incident %1 has no action item %2</source>
        <translation>el incidente %1 no tiene la acción pendiente %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Action item %1 done: %2</source>
        <translation>Acción pendiente %1 hecha: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item %1 open again: %2</source>
        <translation>Acción pendiente %1 abierta de nuevo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action item %1 now: %2 (owner %3, due %4)</source>
        <translation>Acción pendiente %1 ahora: %2 (propietario %3, fecha límite %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a note needs a text</source>
        <translation>una nota necesita un texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an alert needs a fingerprint</source>
        <translation>una alerta necesita una huella (fingerprint)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 firing again</source>
        <translation>%1 activa de nuevo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>alert %1 is not linked to incident %2</source>
        <translation>la alerta %1 no está vinculada al incidente %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolved</source>
        <translation>%1 resuelta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an SLA (response or resolution)</source>
        <translation>&quot;%1&quot; no es un SLA (response o resolution)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response target missed: not acknowledged within %1 (%2)</source>
        <translation>Objetivo de respuesta incumplido: no reconocido en %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution target missed: not resolved within %1 (%2)</source>
        <translation>Objetivo de resolución incumplido: no resuelto en %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown change</source>
        <translation>cambio desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
    <message>
        <location line="+20"/>
        <source>unknown change kind &quot;%1&quot;</source>
        <translation>tipo de cambio desconocido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentCli</name>
    <message>
        <location filename="../models/incidents/incidentcli.cpp" line="+74"/>
        <source>Nothing to change: incident %1 is already like that.</source>
        <translation>Nada que cambiar: el incidente %1 ya está así.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: watchkeeper incident COMMAND [--as NAME]
  list [--json] [--open]       every incident (--open: not closed)
  show ID                      one incident with its timeline
  open --title TEXT --severity P1|P2|P3|P4 [--commander NAME] [--impact TEXT]
  move ID STAGE                detection, assessment, response, resolution,
                               follow-up or closed
  note ID TEXT...              add a note to the timeline
  ack ID                       acknowledge
  export ID --markdown FILE    post-incident review (FILE - for standard output)
  export ID --pdf FILE
Exit codes: 0 done, 1 failed, 2 usage, 3 refused because the incident changed.
</source>
        <translation>Uso: watchkeeper incident COMMAND [--as NAME]
  list [--json] [--open]       todos los incidentes (--open: los no cerrados)
  show ID                      un incidente con su cronología
  open --title TEXT --severity P1|P2|P3|P4 [--commander NAME] [--impact TEXT]
  move ID STAGE                detection, assessment, response, resolution,
                               follow-up o closed
  note ID TEXT...              añadir una nota a la cronología
  ack ID                       reconocer
  export ID --markdown FILE    revisión posterior al incidente (FILE - para la salida estándar)
  export ID --pdf FILE
Códigos de salida: 0 hecho, 1 error, 2 uso incorrecto, 3 rechazado porque el incidente cambió.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--as needs a name</source>
        <translation>--as necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident: which command?</source>
        <translation>incident: ¿qué comando?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>incident: unknown command &quot;%1&quot;</source>
        <translation>incident: comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident: no database; set database: in the workspace</source>
        <translation>incident: no hay base de datos; configure database: en el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident %1: which incident (ID)?</source>
        <translation>incident %1: ¿qué incidente (ID)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incident %1: the ID is a positive number (or INC-number)</source>
        <translation>incident %1: el ID es un número positivo (o INC-número)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>incident export: --markdown and --pdf need a file</source>
        <translation>incident export: --markdown y --pdf necesitan un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident export: unexpected &quot;%1&quot;</source>
        <translation>incident export: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident export: give one of --markdown FILE or --pdf FILE</source>
        <translation>incident export: indique --markdown FILE o --pdf FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident show: unexpected &quot;%1&quot;</source>
        <translation>incident show: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no incident %1 in %2</source>
        <translation>no existe el incidente %1 en %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident list: unexpected &quot;%1&quot;</source>
        <translation>incident list: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEV</source>
        <translation>GRV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AGE</source>
        <translation>ANTIGÜEDAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMANDER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no incidents)</source>
        <translation>(sin incidentes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>incident open: an option is missing its value</source>
        <translation>incident open: falta el valor de una opción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident open: unexpected &quot;%1&quot;</source>
        <translation>incident open: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident open: --title is required</source>
        <translation>incident open: --title es obligatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident open: --severity P1|P2|P3|P4 is required</source>
        <translation>incident open: --severity P1|P2|P3|P4 es obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident open: severity &quot;%1&quot; is not P1, P2, P3 or P4</source>
        <translation>incident open: la gravedad &quot;%1&quot; no es P1, P2, P3 ni P4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened incident %1 (%2): %3</source>
        <translation>Incidente %1 abierto (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>incident move: give one stage</source>
        <translation>incident move: indique una etapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident move: &quot;%1&quot; is not a stage</source>
        <translation>incident move: &quot;%1&quot; no es una etapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident %1 is now in %2</source>
        <translation>El incidente %1 está ahora en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident note: the note is empty</source>
        <translation>incident note: la nota está vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note added to incident %1</source>
        <translation>Nota añadida al incidente %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incident ack: unexpected &quot;%1&quot;</source>
        <translation>incident ack: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident %1 acknowledged</source>
        <translation>Incidente %1 reconocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>incident export: PDF export is not available in this build</source>
        <translation>incident export: la exportación a PDF no está disponible en esta compilación</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Wrote the review of incident %1 to %2</source>
        <translation>Revisión del incidente %1 escrita en %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentColumnView</name>
    <message>
        <location filename="../widgets/incidentcolumnview.cpp" line="+22"/>
        <source>%1 column</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentDetailPane</name>
    <message>
        <location filename="../widgets/incidentdetailpane.cpp" line="+32"/>
        <source>Incident details</source>
        <translation>Detalles del incidente</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the severity (escalate or downgrade)</source>
        <translation>Cambiar la gravedad (escalar o rebajar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take command</source>
        <translation>&amp;Tomar el mando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action item</source>
        <translation>Nueva acción pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;note (Ctrl+Enter)</source>
        <translation>Añadir &amp;nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select an incident to see its timeline.</source>
        <translation>Seleccione un incidente para ver su cronología.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not yet stored</source>
        <translation>aún no guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incident commander</source>
        <translation>Sin responsable del incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responders: %1</source>
        <translation>Intervinientes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 ago by %2</source>
        <translation>Abierto hace %1 por %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No impact summary yet.</source>
        <translation>Aún no hay resumen del impacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Impact:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impacto:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done by %1</source>
        <translation>Hecho por %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no owner</source>
        <translation>sin propietario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, due %1</source>
        <translation>, fecha límite %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No action items yet.</source>
        <translation>Aún no hay acciones pendientes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Alertas&lt;/b&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentNoteBox</name>
    <message>
        <location filename="../widgets/incidentnotebox.cpp" line="+10"/>
        <source>Add a note to the timeline… (Ctrl+Enter adds it)</source>
        <translation>Añadir una nota a la cronología… (Ctrl+Intro la añade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New timeline note</source>
        <translation>Nueva nota de la cronología</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentPdfExport</name>
    <message>
        <location filename="../widgets/incidentpdfexport.cpp" line="+68"/>
        <source>cannot write %1: PDF export needs the graphical libraries (run with QT_QPA_PLATFORM=offscreen on a server)</source>
        <translation>no se puede escribir %1: la exportación a PDF necesita las bibliotecas gráficas (en un servidor, ejecutar con QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post-incident review: %1 %2</source>
        <translation>Revisión posterior al incidente: %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no incident %1 in %2</source>
        <translation>no existe el incidente %1 en %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the review of incident %1 to %2</source>
        <translation>Revisión del incidente %1 escrita en %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentRepository</name>
    <message>
        <location filename="../models/incidents/incidentrepository.cpp" line="+199"/>
        <source>no database to keep incidents in</source>
        <translation>no hay ninguna base de datos donde guardar los incidentes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Incident %1 was changed by %2 at %3; your change (%4) was not applied. The current state (version %5) is shown.</source>
        <translation>%2 cambió el incidente %1 el %3; el cambio (%4) no se aplicó. Se muestra el estado actual (versión %5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+130"/>
        <source>there is no incident %1</source>
        <translation>no existe el incidente %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>cannot notify other clients</source>
        <translation>no se puede notificar a los demás clientes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot look for an open incident of an alert</source>
        <translation>no se puede buscar un incidente abierto de una alerta</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+338"/>
        <source>the incident database is unreachable: %1</source>
        <translation>la base de datos de incidentes es inaccesible: %1</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The incident database is unreachable; the change is kept and will be stored when it is back.</source>
        <translation>La base de datos de incidentes es inaccesible; el cambio se conserva y se guardará cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident database is unreachable; the change is kept and will be stored when it is back (%1 changes waiting).</source>
        <translation>La base de datos de incidentes es inaccesible; el cambio se conserva y se guardará cuando vuelva a estar disponible (%1 cambios en espera).</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+15"/>
        <source>the connection to the database was lost</source>
        <translation>se perdió la conexión con la base de datos</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>cannot read incidents</source>
        <translation>no se pueden leer los incidentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read incident timelines</source>
        <translation>no se pueden leer las cronologías de los incidentes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read incident %1</source>
        <translation>no se puede leer el incidente %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the timeline of incident %1</source>
        <translation>no se puede leer la cronología del incidente %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot store the new incident</source>
        <translation>no se puede guardar el nuevo incidente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the new incident&apos;s id</source>
        <translation>no se puede leer el id del nuevo incidente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot store incident %1</source>
        <translation>no se puede guardar el incidente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident %1 changed while it was being stored</source>
        <translation>el incidente %1 cambió mientras se guardaba</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot add to the timeline of incident %1</source>
        <translation>no se puede añadir a la cronología del incidente %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read a timeline entry&apos;s id</source>
        <translation>no se puede leer el id de una entrada de la cronología</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot look up a queued change</source>
        <translation>no se puede consultar un cambio en cola</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentReview</name>
    <message>
        <location filename="../models/incidents/incidentreview.cpp" line="+40"/>
        <source>✔ met</source>
        <translation>✔ cumplido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ missed by %1</source>
        <translation>✖ incumplido por %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ breached, still open (%1 over)</source>
        <translation>✖ incumplido, aún abierto (%1 de exceso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>running, %1 left</source>
        <translation>en curso, quedan %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>INC-(not yet stored)</source>
        <translation>INC-(aún no guardado)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source># Post-incident review: %1 — %2

</source>
        <translation># Revisión posterior al incidente: %1 — %2

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Incident commander</source>
        <translation>Responsable del incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responders</source>
        <translation>Intervinientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review generated</source>
        <translation>Revisión generada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>## Summary

</source>
        <translation>## Resumen

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 incident &quot;%2&quot; was opened at %3</source>
        <translation>El incidente %1 &quot;%2&quot; se abrió el %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> after the alert %1 fired</source>
        <translation> después de que se activara la alerta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> after the alerts %1 and %2 fired</source>
        <translation> después de que se activaran las alertas %1 y %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was acknowledged by %1 after %2 (target %3, %4).</source>
        <translation>%1 lo reconoció al cabo de %2 (objetivo %3, %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>missed</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>It has not been acknowledged.</source>
        <translation>No se ha reconocido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service was restored after %1 (target %2, %3).</source>
        <translation>El servicio se restableció al cabo de %1 (objetivo %2, %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not resolved yet (%1 since it was opened).</source>
        <translation>Aún no está resuelto (%1 desde su apertura).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was closed at %1.</source>
        <translation>Se cerró el %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items done: %1 of %2.</source>
        <translation>Acciones pendientes completadas: %1 de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Impact

</source>
        <translation>## Impacto

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No impact summary was written. For a %1 incident the guide expects: %2.</source>
        <translation>No se redactó ningún resumen del impacto. Para un incidente %1, la guía espera: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Times against targets

</source>
        <translation>## Tiempos frente a objetivos

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>After opening</source>
        <translation>Desde la apertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged (response)</source>
        <translation>Reconocido (respuesta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved (resolution)</source>
        <translation>Resuelto (resolución)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>## Time in each stage

</source>
        <translation>## Tiempo en cada etapa

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent</source>
        <translation>Tiempo empleado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (now)</source>
        <translation> (ahora)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Timeline

</source>
        <translation>## Cronología

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (not yet stored)</source>
        <translation> (aún no guardado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Linked alerts

</source>
        <translation>## Alertas vinculadas

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alerts are linked; the incident was opened by hand.

</source>
        <translation>No hay alertas vinculadas; el incidente se abrió manualmente.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fired</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>## Action items

</source>
        <translation>## Acciones pendientes

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action items yet. The follow-up stage assigns them: what to fix, who owns it, by when.

</source>
        <translation>Aún no hay acciones pendientes. La etapa de seguimiento las asigna: qué corregir, quién se encarga y para cuándo.

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ done</source>
        <translation>✔ hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☐ open</source>
        <translation>☐ abierta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Communication

</source>
        <translation>## Comunicación

</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>: done by %1 at %2</source>
        <translation>: hecho por %1 el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: not done</source>
        <translation>: sin hacer</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentSeverities</name>
    <message>
        <location filename="../models/incidents/incidentseverity.cpp" line="+21"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete service outage</source>
        <translation>Caída total del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database down, authentication failure</source>
        <translation>Base de datos caída, fallo de autenticación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant service degradation</source>
        <translation>Degradación significativa del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow response times, feature unavailability</source>
        <translation>Tiempos de respuesta lentos, funciones no disponibles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor service impact</source>
        <translation>Impacto menor en el servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-critical feature issues</source>
        <translation>Problemas en funciones no críticas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal impact</source>
        <translation>Impacto mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosmetic issues, minor bugs</source>
        <translation>Problemas estéticos, errores menores</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentStages</name>
    <message>
        <location filename="../models/incidents/incidentstage.cpp" line="+34"/>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitoring detected the issue, the on-call engineer was alerted and the incident was created.</source>
        <translation>La monitorización detectó el problema, se avisó al ingeniero de guardia y se creó el incidente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engineer assesses severity and impact, escalates if necessary and informs stakeholders.</source>
        <translation>El ingeniero evalúa la gravedad y el impacto, escala si es necesario e informa a las partes interesadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response team is assembled, root cause analysis starts and mitigation steps are carried out.</source>
        <translation>Se reúne el equipo de respuesta, comienza el análisis de la causa raíz y se aplican las medidas de mitigación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issue is resolved and verified, service is back to normal and the post-incident review is scheduled.</source>
        <translation>El problema se resuelve y se verifica, el servicio vuelve a la normalidad y se programa la revisión posterior al incidente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post-incident review is held, action items are assigned and monitoring and alerting are improved.</source>
        <translation>Se celebra la revisión posterior al incidente, se asignan las acciones pendientes y se mejoran la monitorización y las alertas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The incident is over and its follow-up is done.</source>
        <translation>El incidente ha terminado y su seguimiento está hecho.</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentsPanel</name>
    <message>
        <location filename="../widgets/incidentspanel.cpp" line="+82"/>
        <source>No open incidents</source>
        <translation>No hay incidentes abiertos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
</context>
<context>
    <name>Wk::InhibitRule</name>
    <message>
        <location filename="../models/alerts/inhibitrule.cpp" line="+47"/>
        <source>%1_matchers must be a list of matchers</source>
        <translation>%1_matchers debe ser una lista de matchers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a map of label names to values</source>
        <translation>%1 debe ser un mapa de nombres de etiqueta a valores</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>inhibit_rules must be a list of rules</source>
        <translation>inhibit_rules debe ser una lista de reglas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an inhibition rule must be a map</source>
        <translation>una regla de inhibición debe ser un mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field %1 in an inhibition rule; known: %2</source>
        <translation>campo desconocido %1 en una regla de inhibición; conocidos: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>equal must be a list of label names</source>
        <translation>equal debe ser una lista de nombres de etiqueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an inhibition rule needs source and target matchers</source>
        <translation>una regla de inhibición necesita matchers de origen y de destino</translation>
    </message>
</context>
<context>
    <name>Wk::LabelMatcher</name>
    <message>
        <location filename="../models/metrics/labelmatcher.cpp" line="+16"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>expresión regular no válida &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a matcher; expected name=value, name!=value, name=~regex or name!~regex</source>
        <translation>&quot;%1&quot; no es un matcher; se esperaba name=value, name!=value, name=~regex o name!~regex</translation>
    </message>
</context>
<context>
    <name>Wk::LocalAlertSource</name>
    <message>
        <location filename="../models/alerts/localalertsource.cpp" line="+25"/>
        <source>local rules</source>
        <translation>reglas locales</translation>
    </message>
</context>
<context>
    <name>Wk::LocalEngine</name>
    <message>
        <location filename="../models/promql/localengine.cpp" line="+115"/>
        <source>zero or negative query resolution step widths are not accepted</source>
        <translation>no se aceptan anchos de paso de resolución de consulta nulos o negativos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>end timestamp must not be before start time</source>
        <translation>la marca de tiempo final no debe ser anterior a la inicial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exceeded maximum resolution of %1 points per timeseries; try decreasing the query resolution (?step=XX)</source>
        <translation>se superó la resolución máxima de %1 puntos por serie temporal; pruebe a reducir la resolución de la consulta (?step=XX)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid expression type &quot;%1&quot; for range query, must be Scalar or instant Vector</source>
        <translation>tipo de expresión &quot;%1&quot; no válido para una consulta de rango; debe ser escalar o vector instantáneo</translation>
    </message>
</context>
<context>
    <name>Wk::LocalSilenceStore</name>
    <message>
        <location filename="../models/alerts/localsilencestore.cpp" line="+32"/>
        <source>%1 from %2 until %3</source>
        <translation>%1 desde %2 hasta %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>local silences</source>
        <translation>silencios locales</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+46"/>
        <source>there is no silence %1</source>
        <translation>no existe el silencio %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>updated to %1</source>
        <translation>actualizado a %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expired %1 and replaced it</source>
        <translation>%1 expirado y reemplazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recreated expired %1</source>
        <translation>%1 expirado, creado de nuevo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expired %1 silence %2</source>
        <translation>silencio %1 expirado: %2</translation>
    </message>
</context>
<context>
    <name>Wk::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+49"/>
        <source>Watchkeeper</source>
        <translation>Watchkeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Watchkeeper</source>
        <translation>%1 — Watchkeeper</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firing and pending alerts: A acknowledge, S suppress, I open incident, / filter</source>
        <translation>Alertas activas y pendientes: A reconocer, S suprimir, I abrir incidente, / filtrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P1–P4 incidents through the guide&apos;s five stages</source>
        <translation>Incidentes P1–P4 a lo largo de las cinco etapas de la guía</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Silences</source>
        <translation>Silencios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range of the charts (Ctrl+[ and Ctrl+] step through)</source>
        <translation>Intervalo de tiempo de los gráficos (Ctrl+[ y Ctrl+] para recorrerlos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shorter range</source>
        <translation>Intervalo más corto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longer range</source>
        <translation>Intervalo más largo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Watchkeeper: %n unacknowledged alert(s), worst %1</source>
        <translation>
            <numerusform>Watchkeeper: %n alerta sin reconocer, la más grave: %1</numerusform>
            <numerusform>Watchkeeper: %n alertas sin reconocer, la más grave: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchkeeper: no unacknowledged alerts</source>
        <translation>Watchkeeper: no hay alertas sin reconocer</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+10"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Informe guardado en %1 (%n página)</numerusform>
            <numerusform>Informe guardado en %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: waiting for first poll</source>
        <translation>%1: esperando el primer sondeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ✔ ok %2 ago (%3 ms)</source>
        <translation>%1: ✔ correcto hace %2 (%3 ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: ✖ %2 (%3 ago)</source>
        <translation>%1: ✖ %2 (hace %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n series over the cap dropped</source>
        <translation>
            <numerusform> — %n serie descartada por superar el límite</numerusform>
            <numerusform> — %n series descartadas por superar el límite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceDialog</name>
    <message>
        <location filename="../widgets/maintenancedialog.cpp" line="+67"/>
        <source>Critical alerts are never suppressed (the guide): they page as usual during the window.</source>
        <translation>Las alertas críticas nunca se suprimen (según la guía): siguen avisando como de costumbre durante la ventana.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+176"/>
        <source>New maintenance window</source>
        <translation>Nueva ventana de mantenimiento</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Database patching</source>
        <translation>p. ej., Parches de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Once</source>
        <translation>&amp;Una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly</source>
        <translation>&amp;Semanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeats:</source>
        <translation>Se repite:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IANA time zone such as Europe/Berlin; the window follows its daylight saving time</source>
        <translation>Una zona horaria IANA como Europe/Berlin; la ventana sigue su horario de verano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time &amp;zone:</source>
        <translation>Zona &amp;horaria:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom…</source>
        <translation>Personalizada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2h30m</source>
        <translation>p. ej., 2h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom duration</source>
        <translation>Duración personalizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lasts:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only alerts matching (optional; none = every alert):</source>
        <translation>Solo las alertas que coincidan (opcional; sin matchers = todas las alertas):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical alerts</source>
        <translation>Alertas críticas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created &amp;by:</source>
        <translation>Creado &amp;por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What maintenance it covers: a change, a ticket (required)</source>
        <translation>Qué mantenimiento cubre: un cambio, un ticket (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next occurrence</source>
        <translation>Próxima ocurrencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save window</source>
        <translation>Guardar ventana</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit maintenance window</source>
        <translation>Editar ventana de mantenimiento</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the duration &quot;%1&quot; is not one; write it as 2h or 2h30m</source>
        <translation>la duración &quot;%1&quot; no es válida; debe escribirse como 2h o 2h30m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>&quot;%1&quot; no es una zona horaria conocida (debe ser un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Still needed: %1</source>
        <translation>Aún falta: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next occurrence: shown once the schedule is complete</source>
        <translation>Próxima ocurrencia: se muestra cuando la programación esté completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No occurrence left: the window has ended</source>
        <translation>No quedan ocurrencias: la ventana ha terminado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In force now: %1 to %2 %3 (%4 left)</source>
        <translation>En vigor ahora: de %1 a %2 %3 (quedan %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: %1 to %2 %3 (in %4)</source>
        <translation>Próxima: de %1 a %2 %3 (dentro de %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This window was set to suppress critical alerts too (outside this dialog); the guide never suppresses critical system failures.</source>
        <translation>Esta ventana se configuró para suprimir también las alertas críticas (fuera de este diálogo); la guía nunca suprime los fallos críticos del sistema.</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceModel</name>
    <message>
        <location filename="../models/alerts/maintenancemodel.cpp" line="+161"/>
        <source>no occurrence left</source>
        <translation>no quedan ocurrencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force until %1</source>
        <translation>en vigor hasta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1</source>
        <translation>próxima: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every alert</source>
        <translation>todas las alertas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every alert but critical</source>
        <translation>todas las alertas excepto las críticas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppresses</source>
        <translation>Suprime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts now</source>
        <translation>Alertas ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenancePage</name>
    <message>
        <location filename="../widgets/maintenancepage.cpp" line="+26"/>
        <source>Maintenance windows</source>
        <translation>Ventanas de mantenimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New window…</source>
        <translation>Nueva ventana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a maintenance window</source>
        <translation>Planificar una ventana de mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected maintenance window</source>
        <translation>Editar la ventana de mantenimiento seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected maintenance window, with a reason</source>
        <translation>Eliminar la ventana de mantenimiento seleccionada, indicando un motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The guide plans windows of 2 to 4 hours.</source>
        <translation>La guía planifica ventanas de 2 a 4 horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance rules</source>
        <translation>Reglas de mantenimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maintenance window list</source>
        <translation>Lista de ventanas de mantenimiento</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Select a maintenance window to edit.</source>
        <translation>No hay ninguna ventana de mantenimiento seleccionada para editar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a maintenance window to remove.</source>
        <translation>No hay ninguna ventana de mantenimiento seleccionada para eliminar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove maintenance window</source>
        <translation>Eliminar ventana de mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; (%2)? Alerts it suppresses will notify again.</source>
        <translation>¿Eliminar &quot;%1&quot; (%2)? Las alertas que suprime volverán a notificarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the alert book is gone</source>
        <translation>el registro de alertas ya no está disponible</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceSilencer</name>
    <message>
        <location filename="../models/alerts/maintenancesilencer.cpp" line="+96"/>
        <source>Maintenance window &quot;%1&quot;%2</source>
        <translation>Ventana de mantenimiento &quot;%1&quot;%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the maintenance window was changed or removed</source>
        <translation>la ventana de mantenimiento se modificó o se eliminó</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>maintenance silence not created: %1</source>
        <translation>silencio de mantenimiento no creado: %1</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceWindow</name>
    <message>
        <location filename="../models/alerts/maintenancewindow.cpp" line="+87"/>
        <location filename="../widgets/maintenancedialog.cpp" line="-57"/>
        <source>a maintenance window needs a name</source>
        <translation>una ventana de mantenimiento necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a maintenance window needs a comment: say what maintenance it covers (the monitoring guide requires documentation for every suppression)</source>
        <translation>una ventana de mantenimiento necesita un comentario que indique qué mantenimiento cubre (la guía de monitorización exige documentar cada supresión)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/maintenancedialog.cpp" line="+4"/>
        <source>a maintenance window needs its creator&apos;s name</source>
        <translation>una ventana de mantenimiento necesita el nombre de su creador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matcher %1: %2</source>
        <translation>matcher %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the window must end after it starts</source>
        <translation>la ventana debe terminar después de empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weekly window needs at least one weekday</source>
        <translation>una ventana semanal necesita al menos un día de la semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weekly window needs a start time</source>
        <translation>una ventana semanal necesita una hora de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weekly window needs a duration</source>
        <translation>una ventana semanal necesita una duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weekly window must be shorter than a week</source>
        <translation>una ventana semanal debe durar menos de una semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>&quot;%1&quot; no es una zona horaria conocida (debe ser un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the window lasts %1; the monitoring guide plans maintenance windows of 2 to 4 hours</source>
        <translation>la ventana dura %1; la guía de monitorización planifica ventanas de mantenimiento de 2 a 4 horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this window also suppresses critical alerts; the monitoring guide never suppresses critical system failures</source>
        <translation>esta ventana también suprime las alertas críticas; la guía de monitorización nunca suprime los fallos críticos del sistema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2 UTC</source>
        <translation>de %1 a %2 UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 %3 for %4</source>
        <translation>%1 %2 %3 durante %4</translation>
    </message>
    <message>
        <location filename="../widgets/maintenancedialog.cpp" line="-2"/>
        <source>a maintenance window needs a comment</source>
        <translation>una ventana de mantenimiento necesita un comentario</translation>
    </message>
</context>
<context>
    <name>Wk::MatcherEditor</name>
    <message>
        <location filename="../widgets/matchereditor.cpp" line="+29"/>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not equal</source>
        <translation>no es igual a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches the regular expression</source>
        <translation>coincide con la expresión regular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match the regular expression</source>
        <translation>no coincide con la expresión regular</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add matcher</source>
        <translation>&amp;Añadir matcher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a matcher row (label name, operator, value)</source>
        <translation>Añadir una fila de matcher (nombre de etiqueta, operador, valor)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Matcher %1 label name</source>
        <translation>Nombre de etiqueta del matcher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matcher %1 operator</source>
        <translation>Operador del matcher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= equals, != does not equal, =~ matches the regular expression, !~ does not match it</source>
        <translation>= es igual a, != no es igual a, =~ coincide con la expresión regular, !~ no coincide con ella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matcher %1 value</source>
        <translation>Valor del matcher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove matcher %1</source>
        <translation>Eliminar matcher %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>matcher %1 (%2): a label name is required</source>
        <translation>matcher %1 (%2): el nombre de etiqueta es obligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matcher %1 (%2): &quot;%3&quot; is not a label name (letters, digits and _, not starting with a digit)</source>
        <translation>matcher %1 (%2): &quot;%3&quot; no es un nombre de etiqueta (letras, dígitos y _, sin empezar por un dígito)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>matcher %1 (%2): %3</source>
        <translation>matcher %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Wk::MatcherList</name>
    <message>
        <location filename="../models/alerts/matcherlist.cpp" line="+13"/>
        <source>&quot;%1&quot;: missing closing &apos;}&apos;</source>
        <translation>&quot;%1&quot;: falta la &apos;}&apos; de cierre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot;: unterminated quote</source>
        <translation>&quot;%1&quot;: comilla sin cerrar</translation>
    </message>
</context>
<context>
    <name>Wk::MetricsCheck</name>
    <message>
        <location filename="../models/metrics/expositioncheck.cpp" line="+41"/>
        <source>%1: %2: families %3, series %4, samples %5</source>
        <translation>%1: %2: familias %3, series %4, muestras %5</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>Wk::Notification</name>
    <message>
        <location filename="../models/alerts/notification.cpp" line="+76"/>
        <source>FIRING</source>
        <translation>ACTIVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RESOLVED</source>
        <translation>RESUELTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACKNOWLEDGED</source>
        <translation>RECONOCIDA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACKNOWLEDGED by %1</source>
        <translation>RECONOCIDA por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESCALATION step %1</source>
        <translation>ESCALADO, paso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESCALATION step %1 (%2)</source>
        <translation>ESCALADO, paso %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEST</source>
        <translation>PRUEBA</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Test notification from Watchkeeper to channel %1</source>
        <translation>Notificación de prueba de Watchkeeper al canal %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you can read this, channel %1 delivers. No action is needed.</source>
        <translation>Si este mensaje ha llegado, el canal %1 entrega correctamente. No es necesario hacer nada.</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationConfigLoader</name>
    <message>
        <location filename="../models/alerts/notificationconfigloader.cpp" line="+57"/>
        <source>%1 must be a mapping</source>
        <translation>%1 debe ser un mapeo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; in %2 (allowed: %3)</source>
        <translation>clave desconocida &quot;%1&quot; en %2 (permitidas: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a single value</source>
        <translation>%1 debe ser un único valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>%1 must not be empty</source>
        <translation>%1 no debe estar vacío</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 must be a list</source>
        <translation>%1 debe ser una lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must not hold empty entries</source>
        <translation>%1 no debe contener entradas vacías</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be greater than zero</source>
        <translation>%1 debe ser mayor que cero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be an http or https URL</source>
        <translation>%1 debe ser una URL http o https</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>channel &quot;%1&quot;: use either %2 or %2_file, not both</source>
        <translation>canal &quot;%1&quot;: debe usarse %2 o %2_file, no ambos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1_file</source>
        <translation>%1_file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel &quot;%1&quot;: cannot read %2_file %3</source>
        <translation>canal &quot;%1&quot;: no se puede leer %2_file %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channel &quot;%1&quot;: %2 is a secret and is not accepted written in the workspace; put it in a file and name it with %2_file:, or use %2: ${ENVIRONMENT_VARIABLE}</source>
        <translation>canal &quot;%1&quot;: %2 es un secreto y no se acepta escrito en el espacio de trabajo; debe guardarse en un archivo e indicarse con %2_file:, o bien usarse %2: ${ENVIRONMENT_VARIABLE}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channel &quot;%1&quot;: %2: environment variable %3 is not set</source>
        <translation>canal &quot;%1&quot;: %2: la variable de entorno %3 no está definida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel &quot;%1&quot;: %2: environment variable %3 is empty</source>
        <translation>canal &quot;%1&quot;: %2: la variable de entorno %3 está vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channel &quot;%1&quot; needs %2_file: PATH or %2: ${ENVIRONMENT_VARIABLE}</source>
        <translation>el canal &quot;%1&quot; necesita %2_file: PATH o %2: ${ENVIRONMENT_VARIABLE}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel &quot;%1&quot;: %2: %3</source>
        <translation>canal &quot;%1&quot;: %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &quot;%1&quot;: the %2 from %3 is not an http or https URL</source>
        <translation>canal &quot;%1&quot;: %2 obtenido de %3 no es una URL http o https</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>smarthost</source>
        <translation>smarthost</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smarthost must be HOST:PORT, e.g. localhost:25</source>
        <translation>smarthost debe tener el formato HOST:PORT, p. ej., localhost:25</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>auth_username</source>
        <translation>auth_username</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel &quot;%1&quot;: auth_username and auth_password (or auth_password_file) go together</source>
        <translation>canal &quot;%1&quot;: auth_username y auth_password (o auth_password_file) van juntos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>require_tls</source>
        <translation>require_tls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel &quot;%1&quot;: a password is never sent unencrypted; keep require_tls: true or use port 465</source>
        <translation>canal &quot;%1&quot;: una contraseña nunca se envía sin cifrar; mantenga require_tls: true o use el puerto 465</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quiet_hours</source>
        <translation>quiet_hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quiet_hours needs start and end (HH:MM)</source>
        <translation>quiet_hours necesita start y end (HH:MM)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a time of day as HH:MM</source>
        <translation>%1 debe ser una hora del día con el formato HH:MM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time_zone</source>
        <translation>time_zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown time zone &quot;%1&quot; (examples: UTC, Europe/Berlin)</source>
        <translation>zona horaria desconocida &quot;%1&quot; (ejemplos: UTC, Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quiet_hours start and end must differ</source>
        <translation>start y end de quiet_hours deben ser distintos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rate_limit</source>
        <translation>rate_limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate_limit count</source>
        <translation>rate_limit count</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate_limit needs per: a duration, e.g. 5m</source>
        <translation>rate_limit necesita per: una duración, p. ej., 5m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate_limit per</source>
        <translation>rate_limit per</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backoff must be a list of durations, e.g. [5s, 30s, 2m, 10m]</source>
        <translation>backoff debe ser una lista de duraciones, p. ej., [5s, 30s, 2m, 10m]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backoff</source>
        <translation>un valor de backoff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max_retry_after</source>
        <translation>max_retry_after</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send_resolved</source>
        <translation>send_resolved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls</source>
        <translation>tls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ca_file</source>
        <translation>ca_file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>insecure_skip_verify</source>
        <translation>insecure_skip_verify</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each channel must be a mapping with at least name and type</source>
        <translation>cada canal debe ser un mapeo con al menos name y type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a channel&apos;s name</source>
        <translation>el nombre de un canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel name &quot;%1&quot; may hold only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>el nombre de canal &quot;%1&quot; solo puede contener letras, dígitos, &apos;_&apos;, &apos;.&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the type of channel &quot;%1&quot;</source>
        <translation>el tipo del canal &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel &quot;%1&quot;: unknown type &quot;%2&quot; (known: %3)</source>
        <translation>canal &quot;%1&quot;: tipo desconocido &quot;%2&quot; (conocidos: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &quot;%1&quot; (%2)</source>
        <translation>canal &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>severities</source>
        <translation>severities</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &quot;%1&quot;: email needs an SMTP relay as smarthost: HOST:PORT</source>
        <translation>canal &quot;%1&quot;: el tipo email necesita un relé SMTP como smarthost: HOST:PORT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel &quot;%1&quot;: from</source>
        <translation>canal &quot;%1&quot;: from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from must be a mail address such as watchkeeper@example.com</source>
        <translation>from debe ser una dirección de correo como watchkeeper@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel &quot;%1&quot; needs to: a list of mail addresses</source>
        <translation>el canal &quot;%1&quot; necesita to: una lista de direcciones de correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&quot;%1&quot; is not a mail address</source>
        <translation>&quot;%1&quot; no es una dirección de correo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>channel &quot;%1&quot; needs to: a list of phone numbers</source>
        <translation>el canal &quot;%1&quot; necesita to: una lista de números de teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_length</source>
        <translation>max_length</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reminder_interval</source>
        <translation>reminder_interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeat_sound</source>
        <translation>repeat_sound</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>channel &quot;%1&quot; names a recipient twice</source>
        <translation>el canal &quot;%1&quot; indica un destinatario dos veces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read workspace: %1</source>
        <translation>no se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>external_url</source>
        <translation>external_url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channels must be a list</source>
        <translation>channels debe ser una lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a channel named &quot;%1&quot; is defined twice; names must be unique</source>
        <translation>el canal &quot;%1&quot; está definido dos veces; los nombres deben ser únicos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only one desktop channel is allowed</source>
        <translation>solo se permite un canal de escritorio</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationDelivery</name>
    <message>
        <location filename="../models/alerts/notificationdelivery.cpp" line="+42"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate-limited</source>
        <translation>limitada por tasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superseded</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left to another desktop</source>
        <translation>delegada en otro escritorio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>retrying at %1 (attempt %2)</source>
        <translation>próximo reintento: %1 (intento %2)</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationDeliveryModel</name>
    <message>
        <location filename="../models/alerts/notificationdeliverymodel.cpp" line="+22"/>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalation</source>
        <translation>escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationFormatter</name>
    <message>
        <location filename="../models/alerts/notificationformatter.cpp" line="+150"/>
        <location line="+212"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+212"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+212"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+210"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+105"/>
        <location line="+89"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+106"/>
        <location line="+88"/>
        <source>Open in Watchkeeper</source>
        <translation>Abrir en Watchkeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations:</source>
        <translation>Anotaciones:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationHttpClient</name>
    <message>
        <location filename="../models/alerts/notificationhttpclient.cpp" line="+42"/>
        <source>unreachable: connection refused</source>
        <translation>inaccesible: conexión rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: host not found</source>
        <translation>inaccesible: host no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: the server closed the connection</source>
        <translation>inaccesible: el servidor cerró la conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreachable: proxy error</source>
        <translation>inaccesible: error del proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed</source>
        <translation>error en el handshake TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error %1</source>
        <translation>error de red %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (redirects are not followed)</source>
        <translation> (no se siguen las redirecciones)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timeout after %1 s</source>
        <translation>tiempo de espera agotado tras %1 s</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationLogStore</name>
    <message>
        <location filename="../models/alerts/notificationlogstore.cpp" line="+91"/>
        <source>cannot record a notification delivery</source>
        <translation>no se puede registrar una entrega de notificación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the notification delivery log</source>
        <translation>no se puede leer el registro de entregas de notificaciones</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot prune the notification delivery log</source>
        <translation>no se puede depurar el registro de entregas de notificaciones</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationOutbox</name>
    <message>
        <location filename="../models/alerts/notificationoutbox.cpp" line="+59"/>
        <source>cannot keep a notification for delivery</source>
        <translation>no se puede guardar una notificación para su entrega</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot remove a delivered notification</source>
        <translation>no se puede quitar una notificación entregada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the notifications waiting for delivery</source>
        <translation>no se pueden leer las notificaciones pendientes de entrega</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationSecret</name>
    <message>
        <location filename="../models/alerts/notificationsecret.cpp" line="+64"/>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>ninguna parte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the secret file %1: %2</source>
        <translation>no se puede leer el archivo del secreto %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret file %1 is empty</source>
        <translation>el archivo del secreto %1 está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no secret is configured</source>
        <translation>no hay ningún secreto configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment variable %1 is empty</source>
        <translation>la variable de entorno %1 está vacía</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationSmtpClient</name>
    <message>
        <location filename="../models/alerts/notificationsmtpclient.cpp" line="+52"/>
        <source>timeout after %1 s</source>
        <translation>tiempo de espera agotado tras %1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS con %1 falló: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unreachable: connection refused</source>
        <translation>inaccesible: conexión rechazada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: host not found</source>
        <translation>inaccesible: host no encontrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: the relay closed the connection</source>
        <translation>inaccesible: el relé cerró la conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>the relay sent an unreadable reply</source>
        <translation>el relé envió una respuesta ilegible</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SMTP %1: the relay refused the user name or password for %2: %3</source>
        <translation>SMTP %1: el relé rechazó el usuario o la contraseña de %2: %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 does not offer STARTTLS, which this channel requires</source>
        <translation>%1 no ofrece STARTTLS, que este canal exige</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password for %1 is not sent over an unencrypted connection</source>
        <translation>la contraseña de %1 no se envía por una conexión sin cifrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 offers no sign-in Watchkeeper speaks (PLAIN or LOGIN); it offers: %2</source>
        <translation>%1 no ofrece ningún inicio de sesión que Watchkeeper admita (PLAIN o LOGIN); ofrece: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SMTP %1 at %2: %3</source>
        <translation>SMTP %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationTray</name>
    <message>
        <location filename="../models/alerts/notificationtray.cpp" line="+88"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolved: %1</source>
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged by %1</source>
        <translation>Reconocida por %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged: %1</source>
        <translation>Reconocida: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escalation step %1: %2</source>
        <translation>Escalado, paso %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watchkeeper test notification</source>
        <translation>Notificación de prueba de Watchkeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications reach you. No action is needed.</source>
        <translation>Las notificaciones de escritorio llegan correctamente. No es necesario hacer nada.</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationsPage</name>
    <message>
        <location filename="../widgets/notificationspage.cpp" line="+24"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notification filter</source>
        <translation>Filtro de notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by channel, alert, event or reason (Ctrl+F)</source>
        <translation>Filtrar por canal, alerta, evento o motivo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problems only</source>
        <translation>Solo &amp;problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only notifications that failed or wait for a retry</source>
        <translation>Mostrar solo las notificaciones que fallaron o esperan un reintento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notification deliveries</source>
        <translation>Entregas de notificaciones</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 shown · %2 failed · %3 retrying</source>
        <translation>%1 mostradas · %2 fallidas · %3 en reintento</translation>
    </message>
</context>
<context>
    <name>Wk::Notifier</name>
    <message>
        <location filename="../models/alerts/notifier.cpp" line="+266"/>
        <source>there is no notification channel named &quot;%1&quot;</source>
        <translation>no hay ningún canal de notificación llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>another Watchkeeper of the team holds the notifier lease</source>
        <translation>otro Watchkeeper del equipo tiene la concesión de notificaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at most %1 per %2 to %3; the next one can go at %4 UTC</source>
        <translation>como máximo %1 cada %2 a %3; la siguiente puede enviarse a las %4 UTC</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>replaced by the %1 notification before its retry</source>
        <translation>reemplazada por la notificación %1 antes de su reintento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>replaced by the %1 notification before it was sent</source>
        <translation>reemplazada por la notificación %1 antes de enviarse</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+26"/>
        <source>the channel is no longer configured</source>
        <translation>el canal ya no está configurado</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>carried over from before the restart</source>
        <translation>retomada de antes del reinicio</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>desktop notifications are not sent over the network</source>
        <translation>las notificaciones de escritorio no se envían por la red</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1; not retried, a newer notification replaces it</source>
        <translation>%1; no se reintenta, una notificación más reciente la reemplaza</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>se abandonó tras %n intento: %1</numerusform>
            <numerusform>se abandonó tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>quiet hours</source>
        <translation>horas de silencio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desktop does not show severity &quot;%1&quot;</source>
        <translation>el escritorio no muestra la gravedad &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no %1 channel is configured for severity &quot;%2&quot;</source>
        <translation>no hay ningún canal %1 configurado para la gravedad &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither a channel type (%2) nor a configured channel</source>
        <translation>&quot;%1&quot; no es un tipo de canal (%2) ni un canal configurado</translation>
    </message>
</context>
<context>
    <name>Wk::OpenIncidentDialog</name>
    <message>
        <location filename="../widgets/openincidentdialog.cpp" line="+24"/>
        <source>Open incident</source>
        <translation>Abrir incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new incident with this alert linked to it:</source>
        <translation>Un incidente nuevo con esta alerta vinculada:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open incident</source>
        <translation>&amp;Abrir incidente</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Respond within %1, resolve within %2.</source>
        <translation>Responder en %1, resolver en %2.</translation>
    </message>
</context>
<context>
    <name>Wk::PanelView</name>
    <message>
        <location filename="../widgets/panelview.cpp" line="+129"/>
        <source>This panel could not be read; the rest of the dashboard works.</source>
        <translation>No se pudo leer este panel; el resto del tablero funciona.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No incident board in this workspace.</source>
        <translation>No hay tablero de incidentes en este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alert source in this workspace.</source>
        <translation>No hay origen de alertas en este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>View full</source>
        <translation>Ver completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy query</source>
        <translation>Copiar consulta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export panel as PNG</source>
        <translation>Exportar panel como PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export panel data as CSV</source>
        <translation>Exportar datos del panel como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Wk::PrometheusEngine</name>
    <message>
        <location filename="../models/promql/prometheusengine.cpp" line="+36"/>
        <source>unreachable: connection refused</source>
        <translation>inaccesible: conexión rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: host not found</source>
        <translation>inaccesible: host no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: the server closed the connection</source>
        <translation>inaccesible: el servidor cerró la conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>se rechazó una redirección insegura (de https a http)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>error en el handshake TLS: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected a time in seconds</source>
        <translation>se esperaba un tiempo en segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time out of range</source>
        <translation>tiempo fuera de rango</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected [time, &quot;value&quot;]</source>
        <translation>se esperaba [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the value as a string</source>
        <translation>se esperaba el valor como cadena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a number: &quot;%1&quot;</source>
        <translation>no es un número: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;metric&quot; to be an object</source>
        <translation>se esperaba que &quot;metric&quot; fuera un objeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label %1 is not a string</source>
        <translation>la etiqueta %1 no es una cadena</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a series object</source>
        <translation>se esperaba un objeto de serie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;values&quot; to be an array</source>
        <translation>se esperaba que &quot;values&quot; fuera un array</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a matrix series without &quot;values&quot;</source>
        <translation>una serie de matriz sin &quot;values&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a vector series without &quot;value&quot;</source>
        <translation>una serie de vector sin &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+131"/>
        <source>Prometheus at %1: %2</source>
        <translation>Prometheus en %1: %2</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>cannot read credentials_file %1: %2</source>
        <translation>no se puede leer credentials_file %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no certificate in ca_file %1</source>
        <translation>no hay ningún certificado en ca_file %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>answer larger than the %1 MiB limit</source>
        <translation>respuesta mayor que el límite de %1 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timeout after %1 s</source>
        <translation>tiempo de espera agotado tras %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no HTTP answer</source>
        <translation>sin respuesta HTTP</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>empty answer</source>
        <translation>respuesta vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is not JSON: line %1, column %2: %3</source>
        <translation>la respuesta no es JSON: línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>failed without saying why</source>
        <translation>falló sin indicar el motivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected answer: status &quot;%1&quot;</source>
        <translation>respuesta inesperada: estado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 with a successful answer</source>
        <translation>HTTP %1 con una respuesta de éxito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected answer: %1</source>
        <translation>respuesta inesperada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a range query answered with &quot;%1&quot;</source>
        <translation>una consulta de rango respondió con &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an array</source>
        <translation>se esperaba un array</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>unsupported: native histograms (%n sample(s) left out)</source>
        <translation>
            <numerusform>no compatible: histogramas nativos (%n muestra omitida)</numerusform>
            <numerusform>no compatible: histogramas nativos (%n muestras omitidas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected [time, &quot;string&quot;]</source>
        <translation>se esperaba [time, &quot;string&quot;]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>tipo de resultado desconocido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Wk::Promql::Evaluator</name>
    <message>
        <location filename="../models/promql/evaluator.cpp" line="+618"/>
        <source>query processing would load too many samples into memory in query execution</source>
        <translation>el procesamiento de la consulta cargaría demasiadas muestras en memoria durante su ejecución</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>cannot do range evaluation of matrix selector</source>
        <translation>no se puede realizar la evaluación de rango de un selector de matriz</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>found duplicate series for the match group %1 on the %2 hand-side of the operation: [%3, %4];many-to-many matching not allowed: matching labels must be unique on one side</source>
        <translation>se encontraron series duplicadas para el grupo de coincidencia %1 en el lado %2 de la operación: [%3, %4]; no se permite la coincidencia de muchos a muchos: las etiquetas de coincidencia deben ser únicas en un lado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)</source>
        <translation>varias coincidencias para las etiquetas: la coincidencia de muchos a uno debe ser explícita (group_left/group_right)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>multiple matches for labels: grouping labels must ensure unique matches</source>
        <translation>varias coincidencias para las etiquetas: las etiquetas de agrupación deben garantizar coincidencias únicas</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+593"/>
        <location line="+198"/>
        <source>quantile value should be between 0 and 1, got %1</source>
        <translation>el valor del cuantil debería estar entre 0 y 1; se obtuvo %1</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>Ratio value is NaN</source>
        <translation>El valor de la proporción es NaN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>limit_ratio is not supported by the local engine</source>
        <translation>limit_ratio no es compatible con el motor local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter value is NaN</source>
        <translation>El valor del parámetro es NaN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scalar value %1 underflows int64</source>
        <translation>El valor escalar %1 queda por debajo del rango de int64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scalar value %1 overflows int64</source>
        <translation>El valor escalar %1 supera el rango de int64</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>invalid label name %1</source>
        <translation>nombre de etiqueta no válido %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unsupported: native histograms (%1)</source>
        <translation>no compatible: histogramas nativos (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sort is ineffective for range queries since results are always ordered by labels</source>
        <translation>sort no tiene efecto en las consultas de rango, ya que los resultados siempre se ordenan por etiquetas</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>function %1 is not implemented</source>
        <translation>la función %1 no está implementada</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>invalid smoothing factor. Expected: 0 &lt; sf &lt; 1, got: %1</source>
        <translation>factor de suavizado no válido. Se esperaba: 0 &lt; sf &lt; 1; se obtuvo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid trend factor. Expected: 0 &lt; tf &lt; 1, got: %1</source>
        <translation>factor de tendencia no válido. Se esperaba: 0 &lt; tf &lt; 1; se obtuvo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>metric might not be a counter, name does not end in _total/_sum/_count/_bucket: &quot;%1&quot;</source>
        <translation>puede que la métrica no sea un contador; el nombre no termina en _total/_sum/_count/_bucket: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>invalid regular expression in label_replace(): %1</source>
        <translation>expresión regular no válida en label_replace(): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination label name in label_replace(): %1</source>
        <translation>nombre de etiqueta de destino no válido en label_replace(): %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid source label name in label_join(): %1</source>
        <translation>nombre de etiqueta de origen no válido en label_join(): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid destination label name in label_join(): %1</source>
        <translation>nombre de etiqueta de destino no válido en label_join(): %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>bucket label &quot;le&quot; is missing or has a malformed value of %1</source>
        <translation>la etiqueta de bucket &quot;le&quot; falta o tiene un valor mal formado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source> for metric name %1</source>
        <translation> para el nombre de métrica %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)</source>
        <translation>la entrada de histogram_quantile tuvo que corregirse para que fuera monótona (véase https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)</translation>
    </message>
</context>
<context>
    <name>Wk::Promql::Lexer</name>
    <message>
        <location filename="../models/promql/lexer.cpp" line="+127"/>
        <source>end of input</source>
        <translation>fin de la entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identifier &quot;%1&quot;</source>
        <translation>identificador &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number &quot;%1&quot;</source>
        <translation>número &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration &quot;%1&quot;</source>
        <translation>duración &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string %1</source>
        <translation>cadena %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>bad duration syntax: &quot;%1&quot;</source>
        <translation>sintaxis de duración incorrecta: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bad number or duration syntax: &quot;%1&quot;</source>
        <translation>sintaxis de número o duración incorrecta: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unterminated raw string</source>
        <translation>cadena literal sin terminar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>unterminated quoted string</source>
        <translation>cadena entre comillas sin terminar</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+22"/>
        <source>illegal character in escape sequence</source>
        <translation>carácter no válido en la secuencia de escape</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>escape sequence is an invalid Unicode code point</source>
        <translation>la secuencia de escape es un punto de código Unicode no válido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>octal escape value &gt; 255</source>
        <translation>valor de escape octal &gt; 255</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>secuencia de escape desconocida &apos;\%1&apos;</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>unexpected character after &apos;!&apos;: &apos;%1&apos;</source>
        <translation>carácter inesperado después de &apos;!&apos;: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected character: &apos;%1&apos;</source>
        <translation>carácter inesperado: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Wk::Promql::Parser</name>
    <message>
        <location filename="../models/promql/parser.cpp" line="+104"/>
        <source>no expression found in input</source>
        <translation>no se encontró ninguna expresión en la entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+365"/>
        <location line="+9"/>
        <source>unexpected %1</source>
        <translation>no se esperaba %1</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>unexpected %1 in %2</source>
        <translation>no se esperaba %1 en %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>bool modifier can only be used on comparison operators</source>
        <translation>el modificador bool solo puede usarse con operadores de comparación</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+420"/>
        <source>grouping opts</source>
        <translation>opciones de agrupación</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>unexpected %1; group modifiers need on(...) or ignoring(...)</source>
        <translation>no se esperaba %1; los modificadores group necesitan on(...) o ignoring(...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no grouping allowed for &quot;%1&quot; operation</source>
        <translation>no se permite agrupación para la operación &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>label &quot;%1&quot; must not occur in ON and GROUP clause at once</source>
        <translation>la etiqueta &quot;%1&quot; no debe aparecer a la vez en las cláusulas ON y GROUP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vector matching only allowed between instant vectors</source>
        <translation>la coincidencia de vectores solo se permite entre vectores instantáneos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary expression must contain only scalar and instant vector types</source>
        <translation>la expresión binaria solo debe contener tipos escalar y vector instantáneo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comparisons between scalars must use BOOL modifier</source>
        <translation>las comparaciones entre escalares deben usar el modificador BOOL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set operator &quot;%1&quot; not allowed in binary scalar expression</source>
        <translation>el operador de conjunto &quot;%1&quot; no se permite en una expresión binaria escalar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unary expression only allowed on expressions of type scalar or instant vector, got %1</source>
        <translation>la expresión unaria solo se permite en expresiones de tipo escalar o vector instantáneo; se obtuvo %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bad duration &quot;%1&quot;</source>
        <translation>duración incorrecta &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad number or duration &quot;%1&quot; in %2</source>
        <translation>número o duración incorrectos &quot;%1&quot; en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected %1 in %2, expected duration</source>
        <translation>no se esperaba %1 en %2; se esperaba una duración</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>range</source>
        <translation>rango</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subquery step</source>
        <translation>paso de subconsulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subquery selector</source>
        <translation>selector de subconsulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subquery is only allowed on instant vector, got %1</source>
        <translation>la subconsulta solo se permite en un vector instantáneo; se obtuvo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subquery range must be greater than 0</source>
        <translation>el rango de la subconsulta debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subquery step must be greater than 0</source>
        <translation>el paso de la subconsulta debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>matrix selector</source>
        <translation>selector de matriz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ranges only allowed for vector selectors</source>
        <translation>los rangos solo se permiten en selectores de vector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no offset modifiers allowed before range</source>
        <translation>no se permiten modificadores offset antes del rango</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no @ modifiers allowed before range</source>
        <translation>no se permiten modificadores @ antes del rango</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>range must be greater than 0</source>
        <translation>el rango debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>offset modifier must be preceded by an instant vector selector or range vector selector or a subquery</source>
        <translation>el modificador offset debe ir precedido de un selector de vector instantáneo, un selector de vector de rango o una subconsulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset may not be set multiple times</source>
        <translation>offset no puede establecerse varias veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>@ modifier must be preceded by an instant vector selector or range vector selector or a subquery</source>
        <translation>el modificador @ debe ir precedido de un selector de vector instantáneo, un selector de vector de rango o una subconsulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>@ &lt;timestamp&gt; may not be set multiple times</source>
        <translation>@ &lt;timestamp&gt; no puede establecerse varias veces</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected %1 in @, expected timestamp</source>
        <translation>no se esperaba %1 en @; se esperaba una marca de tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>timestamp out of bounds for @ modifier: %1</source>
        <translation>marca de tiempo fuera de límites para el modificador @: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error parsing number &quot;%1&quot;</source>
        <translation>error al analizar el número &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>paren expression</source>
        <translation>expresión entre paréntesis</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unexpected end of input</source>
        <translation>fin de la entrada inesperado</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+28"/>
        <source>unexpected %1 in label matching, expected label matching operator</source>
        <translation>no se esperaba %1 en la coincidencia de etiquetas; se esperaba un operador de coincidencia de etiquetas</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+51"/>
        <source>metric name must not be set twice: &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>el nombre de la métrica no debe establecerse dos veces: &quot;%1&quot; o &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>unexpected %1 in label matching, expected string</source>
        <translation>no se esperaba %1 en la coincidencia de etiquetas; se esperaba una cadena</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected %1 in label matching, expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>no se esperaba %1 en la coincidencia de etiquetas; se esperaba &quot;,&quot; o &quot;}&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>vector selector must contain at least one non-empty matcher</source>
        <translation>el selector de vector debe contener al menos un matcher no vacío</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected %1 in %2, expected label</source>
        <translation>no se esperaba %1 en %2; se esperaba una etiqueta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected %1 in %2, expected &quot;,&quot; or &quot;)&quot;</source>
        <translation>no se esperaba %1 en %2; se esperaba &quot;,&quot; o &quot;)&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>duplicate grouping clause in aggregation</source>
        <translation>cláusula de agrupación duplicada en la agregación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aggregation</source>
        <translation>agregación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected %1 in aggregation</source>
        <translation>no se esperaba %1 en la agregación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no arguments for aggregate expression provided</source>
        <translation>no se proporcionaron argumentos para la expresión de agregación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong number of arguments for aggregate expression provided, expected %1, got %2</source>
        <translation>número incorrecto de argumentos para la expresión de agregación: se esperaban %1, se obtuvieron %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected type %1 in aggregation parameter, got %2</source>
        <translation>se esperaba el tipo %1 en el parámetro de agregación; se obtuvo %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected type instant vector in aggregation expression, got %1</source>
        <translation>se esperaba el tipo instant vector en la expresión de agregación, se obtuvo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown function with name &quot;%1&quot;</source>
        <translation>función desconocida con el nombre &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>function call</source>
        <translation>llamada a función</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected %1 in function call, expected &quot;,&quot; or &quot;)&quot;</source>
        <translation>no se esperaba %1 en la llamada a función; se esperaba &quot;,&quot; o &quot;)&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected %1 argument(s) in call to &quot;%2&quot;, got %3</source>
        <translation>se esperaban %1 argumento(s) en la llamada a &quot;%2&quot;, se obtuvieron %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected at least %1 argument(s) in call to &quot;%2&quot;, got %3</source>
        <translation>se esperaban al menos %1 argumento(s) en la llamada a &quot;%2&quot;, se obtuvieron %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected at most %1 argument(s) in call to &quot;%2&quot;, got %3</source>
        <translation>se esperaban como máximo %1 argumento(s) en la llamada a &quot;%2&quot;, se obtuvieron %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected type %1 in call to function &quot;%2&quot;, got %3</source>
        <translation>se esperaba el tipo %1 en la llamada a la función &quot;%2&quot;, se obtuvo %3</translation>
    </message>
</context>
<context>
    <name>Wk::RecordedAlertSource</name>
    <message>
        <location filename="../models/alerts/recordedalertsource.cpp" line="+16"/>
        <source>alert history</source>
        <translation>historial de alertas</translation>
    </message>
</context>
<context>
    <name>Wk::ReportWriter</name>
    <message>
        <location filename="../widgets/reportwriter.cpp" line="+47"/>
        <location line="+38"/>
        <source>%1 report</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot write the report to %1</source>
        <translation>no se puede escribir el informe en %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Watchkeeper · %1 · page %2</source>
        <translation>Watchkeeper · %1 · página %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2 (%3)%4 · audience: %5</source>
        <translation>De %1 a %2 (%3)%4 · público: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key figure</source>
        <translation>Indicador clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This dashboard has no key figures; its charts follow.</source>
        <translation>Este tablero no tiene indicadores clave; a continuación se muestran sus gráficos.</translation>
    </message>
</context>
<context>
    <name>Wk::RuleEvaluator</name>
    <message>
        <location filename="../models/alerts/ruleevaluator.cpp" line="+314"/>
        <source>the query engine does not answer template queries synchronously</source>
        <translation>el motor de consultas no responde a las consultas de plantilla de forma síncrona</translation>
    </message>
</context>
<context>
    <name>Wk::RuleLoader</name>
    <message>
        <location filename="../models/alerts/ruleloader.cpp" line="+61"/>
        <source>field %1 not found in %2</source>
        <translation>el campo %1 no se encuentra en %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a mapping of names to strings</source>
        <translation>%1 debe ser un mapeo de nombres a cadenas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 must be a string</source>
        <translation>%1 %2 debe ser una cadena</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>group %1, rule %2: a rule must be a mapping</source>
        <translation>grupo %1, regla %2: una regla debe ser un mapeo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rule</source>
        <translation>una regla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only one of &apos;record&apos; and &apos;alert&apos; must be set</source>
        <translation>solo debe definirse uno de &apos;record&apos; y &apos;alert&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of &apos;record&apos; or &apos;alert&apos; must be set</source>
        <translation>debe definirse &apos;record&apos; o &apos;alert&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &apos;expr&apos; must be set in rule</source>
        <translation>el campo &apos;expr&apos; debe definirse en la regla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not parse expression: %1:%2: parse error: %3</source>
        <translation>no se pudo analizar la expresión: %1:%2: error de análisis: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid field &apos;for&apos; in recording rule</source>
        <translation>campo &apos;for&apos; no válido en una regla de registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid field &apos;keep_firing_for&apos; in recording rule</source>
        <translation>campo &apos;keep_firing_for&apos; no válido en una regla de registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid recording rule name: %1</source>
        <translation>nombre de regla de registro no válido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid label name: %1</source>
        <translation>nombre de etiqueta no válido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>label %1: %2</source>
        <translation>etiqueta %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid field &apos;annotations&apos; in recording rule</source>
        <translation>campo &apos;annotations&apos; no válido en una regla de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid annotation name: %1</source>
        <translation>nombre de anotación no válido: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annotation %1: %2</source>
        <translation>anotación %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the rule file: %1</source>
        <translation>no se puede leer el archivo de reglas: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yaml: %1</source>
        <translation>yaml: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rule file must be a mapping with a &quot;groups&quot; list</source>
        <translation>un archivo de reglas debe ser un mapeo con una lista &quot;groups&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule file</source>
        <translation>un archivo de reglas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;groups&quot; must be a list</source>
        <translation>&quot;groups&quot; debe ser una lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a group must be a mapping</source>
        <translation>un grupo debe ser un mapeo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rule group</source>
        <translation>un grupo de reglas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groupname must not be empty</source>
        <translation>El nombre del grupo no debe estar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>groupname: %1 is repeated in the same file</source>
        <translation>nombre de grupo: %1 se repite en el mismo archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group %1: </source>
        <translation>grupo %1: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>limit must be a whole number, 0 or more</source>
        <translation>limit debe ser un número entero, 0 o mayor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;rules&quot; must be a list</source>
        <translation>&quot;rules&quot; debe ser una lista</translation>
    </message>
</context>
<context>
    <name>Wk::ScreenshotTaker</name>
    <message>
        <location filename="../app/screenshot.cpp" line="+64"/>
        <source>watchkeeper: some panels have no data:</source>
        <translation>watchkeeper: algunos paneles no tienen datos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>watchkeeper: cannot write screenshot %1</source>
        <translation>watchkeeper: no se puede escribir la captura de pantalla %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>screenshot written to %1</source>
        <translation>captura de pantalla escrita en %1</translation>
    </message>
</context>
<context>
    <name>Wk::SeriesNotation</name>
    <message>
        <location filename="../models/promql/seriesnotation.cpp" line="+108"/>
        <source>native histogram notation is not supported</source>
        <translation>la notación de histogramas nativos no es compatible</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>expected a repetition count after &apos;x&apos;</source>
        <translation>se esperaba un número de repeticiones después de &apos;x&apos;</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>too many values</source>
        <translation>demasiados valores</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>expected a number, &apos;_&apos; or &apos;stale&apos;</source>
        <translation>se esperaba un número, &apos;_&apos; o &apos;stale&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>se esperaba un número después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected &apos;x&apos; and a repetition count</source>
        <translation>se esperaba &apos;x&apos; y un número de repeticiones</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected character &apos;%1&apos; in series values</source>
        <translation>carácter inesperado &apos;%1&apos; en los valores de la serie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected a label name, got %1</source>
        <translation>se esperaba un nombre de etiqueta, se obtuvo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; after label name, got %1</source>
        <translation>se esperaba &apos;=&apos; después del nombre de etiqueta, se obtuvo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a quoted label value, got %1</source>
        <translation>se esperaba un valor de etiqueta entre comillas, se obtuvo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &apos;,&apos; or &apos;}&apos;, got %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos;, se obtuvo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a metric name or &apos;{&apos;</source>
        <translation>se esperaba un nombre de métrica o &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected %1 after the series</source>
        <translation>no se esperaba %1 después de la serie</translation>
    </message>
</context>
<context>
    <name>Wk::SeriesStore</name>
    <message>
        <location filename="../models/metrics/seriesstore.cpp" line="+572"/>
        <location line="+60"/>
        <source>no series with id %1</source>
        <translation>no hay ninguna serie con el id %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1: chunk %2..%3 overlaps data already held</source>
        <translation>%1: el bloque %2..%3 se solapa con datos ya almacenados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: bucket chunk %2..%3 overlaps data already held</source>
        <translation>%1: el bloque de buckets %2..%3 se solapa con datos ya almacenados</translation>
    </message>
</context>
<context>
    <name>Wk::Session</name>
    <message>
        <location filename="../app/session.cpp" line="+140"/>
        <source>cannot start the simulated service on a loopback port</source>
        <translation>no se puede iniciar el servicio simulado en un puerto de loopback</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsAppearancePage</name>
    <message>
        <location filename="../app/settingsappearancepage.cpp" line="+46"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light, for a desk</source>
        <translation>Claro, para un escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall</source>
        <translation>Pantalla mural</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark with large type, for a screen across the room</source>
        <translation>Oscuro con letra grande, para una pantalla al otro lado de la sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies at once to every window. A wall started with --wall always uses the wall theme.</source>
        <translation>Se aplica de inmediato a todas las ventanas. Una pantalla mural iniciada con --wall siempre usa el tema de pantalla mural.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window changes language at once. At the next start the command line&apos;s --lang wins over this choice.</source>
        <translation>La ventana cambia de idioma al instante. En el próximo inicio, la opción --lang de la línea de comandos tiene prioridad sobre esta elección.</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsChannelsPage</name>
    <message>
        <location filename="../app/settingschannelspage.cpp" line="+77"/>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification channels</source>
        <translation>Canales de notificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add channel</source>
        <translation>&amp;Añadir canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel (Delete in the list)</source>
        <translation>Quitar el canal seleccionado (Supr en la lista)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severities</source>
        <translation>Gravedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked: every severity.</source>
        <translation>Ninguna marcada: todas las gravedades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinatarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated addresses or phone numbers</source>
        <translation>direcciones o números de teléfono separados por comas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mail relay</source>
        <translation>Retransmisor de c&amp;orreo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;Remitente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In a f&amp;ile</source>
        <translation>En un arc&amp;hivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an environment &amp;variable</source>
        <translation>En una &amp;variable de entorno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret file</source>
        <translation>Archivo del secreto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable name</source>
        <translation>Nombre de la variable de entorno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhook URLs, routing keys and tokens stay in the file or the variable; the workspace names where, never the secret.</source>
        <translation>Las URL de webhook, claves de enrutamiento y tokens permanecen en el archivo o en la variable; el espacio de trabajo indica dónde, nunca el secreto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the channel to the workspace (Ctrl+S)</source>
        <translation>Escribir el canal en el espacio de trabajo (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate limits, retries and the other keys of a channel stay as written in the workspace.</source>
        <translation>Los límites de frecuencia, los reintentos y las demás claves de un canal se mantienen tal como están escritos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo notifies the desktop only. Open your own workspace to add channels.</source>
        <translation>La demo solo envía notificaciones al escritorio. Abra su propio espacio de trabajo para añadir canales.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Routing key</source>
        <translation>Clave de enrutamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway URL</source>
        <translation>URL de la pasarela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A new channel: name it, pick its type and where its secret is, then Apply.</source>
        <translation>Un canal nuevo: asígnele un nombre, elija su tipo y dónde está su secreto y, después, pulse Aplicar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The channel needs a name.</source>
        <translation>El canal necesita un nombre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the file the secret is in.</source>
        <translation>Indique el archivo en el que está el secreto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An environment variable name has letters, digits and _ only.</source>
        <translation>Un nombre de variable de entorno solo contiene letras, dígitos y _.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saved; alerts use this channel from now on.</source>
        <translation>Guardado; a partir de ahora las alertas usan este canal.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsTargetsPage</name>
    <message>
        <location filename="../app/settingstargetspage.cpp" line="+71"/>
        <source>&amp;Targets</source>
        <translation>&amp;Destinos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add target</source>
        <translation>&amp;Añadir destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new target (Ctrl+N)</source>
        <translation>Un destino nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected target from the workspace (Delete in the list)</source>
        <translation>Quitar el destino seleccionado del espacio de trabajo (Supr en la lista)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Becomes the job label of every series of this target: letters, digits, _ . -</source>
        <translation>Se convierte en la etiqueta job de todas las series de este destino: letras, dígitos, _ . -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health endpoint (JSON)</source>
        <translation>Endpoint de estado (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics page (Prometheus)</source>
        <translation>Página de métricas (Prometheus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time between two polls (the guide: health every 30 s)</source>
        <translation>Tiempo entre dos sondeos (según la guía: estado cada 30 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval</source>
        <translation>&amp;Intervalo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A poll that takes longer fails; at most the interval</source>
        <translation>Un sondeo que tarda más falla; como máximo, el intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;out</source>
        <translation>Tiempo de &amp;espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;ne</source>
        <translation>Nin&amp;guno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token in a &amp;file</source>
        <translation>Token en un arc&amp;hivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token in an &amp;environment variable</source>
        <translation>Token en una &amp;variable de entorno</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+95"/>
        <source>Token file</source>
        <translation>Archivo del token</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose the token file</source>
        <translation>Elegir el archivo del token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable name</source>
        <translation>Nombre de la variable de entorno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent as a bearer token, read at each poll. The workspace keeps the file&apos;s path or the variable&apos;s name, never the token.</source>
        <translation>Se envía como bearer token y se lee en cada sondeo. El espacio de trabajo guarda la ruta del archivo o el nombre de la variable, nunca el token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS (https)</source>
        <translation>TLS (https)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA file</source>
        <translation>Elegir el archivo de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file</source>
        <translation>Archivo de &amp;CA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip certificate verification</source>
        <translation>&amp;Omitir la verificación de certificados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates will not be checked: anyone on the way to the service can pose as it and read the token. Use this only for testing.</source>
        <translation>Los certificados no se comprobarán: cualquiera en el camino hacia el servicio puede hacerse pasar por él y leer el token. Úselo solo para pruebas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the URL once with these settings (Ctrl+T)</source>
        <translation>Obtener la URL una vez con esta configuración (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the target to the workspace and poll it from now on (Ctrl+S)</source>
        <translation>Escribir el destino en el espacio de trabajo y sondearlo a partir de ahora (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the changes in the form</source>
        <translation>Descartar los cambios del formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo removal</source>
        <translation>Deshacer la eli&amp;minación</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Certificate authority file</source>
        <translation>Archivo de autoridad de certificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes are written to %1; its comments stay as they are.</source>
        <translation>Los cambios se escriben en %1; sus comentarios se mantienen tal como están.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo&apos;s targets are built in. Open your own workspace (the welcome page, or watchkeeper --workspace FILE) to edit targets here.</source>
        <translation>Los destinos de la demo están integrados. Abra su propio espacio de trabajo (la página de bienvenida o watchkeeper --workspace FILE) para editar destinos aquí.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2 target at %3</source>
        <translation>%1, destino %2 en %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A new target: fill in its name and URL, then Apply.</source>
        <translation>Un destino nuevo: indique su nombre y su URL y, después, pulse Aplicar.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The target needs a name.</source>
        <translation>El destino necesita un nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the URL, for example https://service.example.com/api/health.</source>
        <translation>Introduzca la URL, por ejemplo https://service.example.com/api/health.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file the token is in.</source>
        <translation>Elija el archivo en el que está el token.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An environment variable name has letters, digits and _ only, like SERVICE_TOKEN.</source>
        <translation>Un nombre de variable de entorno solo contiene letras, dígitos y _, como SERVICE_TOKEN.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved; %1 is polled with these settings from now on.</source>
        <translation>Guardado; a partir de ahora %1 se sondea con esta configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed %1 from the workspace; Undo removal puts it back.</source>
        <translation>Se quitó %1 del espacio de trabajo; Deshacer la eliminación lo restaura.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The target is back.</source>
        <translation>El destino se ha restaurado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsThemePreview</name>
    <message>
        <location filename="../app/settingsthemepreview.cpp" line="+61"/>
        <source>Requests / s</source>
        <translation>Solicitudes / s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsUserPage</name>
    <message>
        <location filename="../app/settingsuserpage.cpp" line="+40"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on acknowledgements, silences and incident timelines. Empty: your login name.</source>
        <translation>Se escribe en los reconocimientos, los silencios y las cronologías de incidentes. Vacío: su nombre de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hold back popups and sounds during quiet hours</source>
        <translation>&amp;Retener ventanas emergentes y sonidos durante las horas de silencio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Critical alerts still pop up and sound; the tray badge always counts. The span may cross midnight.</source>
        <translation>Las alertas críticas siguen mostrando ventanas emergentes y sonando; el distintivo de la bandeja siempre las cuenta. El intervalo puede cruzar la medianoche.</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsWindow</name>
    <message>
        <location filename="../app/settingswindow.cpp" line="+30"/>
        <source>Settings — Watchkeeper</source>
        <translation>Configuración — Watchkeeper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>Wk::Silence</name>
    <message>
        <location filename="../models/alerts/silence.cpp" line="+26"/>
        <source>a silence needs at least one matcher</source>
        <translation>un silencio necesita al menos un matcher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matcher %1: %2</source>
        <translation>matcher %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matcher %1: &quot;%2&quot; is not a label name</source>
        <translation>matcher %1: &quot;%2&quot; no es un nombre de etiqueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one matcher must not match the empty string, or the silence would mute every alert</source>
        <translation>al menos un matcher no debe coincidir con la cadena vacía; de lo contrario, el silencio silenciaría todas las alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the silence must end after it starts</source>
        <translation>el silencio debe terminar después de empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end time must not be in the past</source>
        <translation>la hora de fin no debe estar en el pasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a silence needs its creator&apos;s name</source>
        <translation>un silencio necesita el nombre de su creador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a silence needs a comment: say why these alerts are suppressed (the monitoring guide requires documentation for every suppression)</source>
        <translation>un silencio necesita un comentario: indique por qué se suprimen estas alertas (la guía de monitorización exige documentar cada supresión)</translation>
    </message>
</context>
<context>
    <name>Wk::SilenceDialog</name>
    <message>
        <location filename="../widgets/silencedialog.cpp" line="+53"/>
        <source>A comment is required: say why (the guide requires documentation for every suppression)</source>
        <translation>Se requiere un comentario: indique el motivo (la guía exige documentar cada supresión)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>New silence</source>
        <translation>Nuevo silencio</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Alerts whose labels match every matcher:</source>
        <translation>Alertas cuyas etiquetas coinciden con todos los matchers:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching alerts</source>
        <translation>Alertas coincidentes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;t</source>
        <translation>&amp;El</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starts:</source>
        <translation>Empieza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For</source>
        <translation>&amp;Durante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom…</source>
        <translation>Personalizada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 90m, 6h, 3d</source>
        <translation>p. ej. 90m, 6h, 3d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom duration</source>
        <translation>Duración personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created &amp;by:</source>
        <translation>Creado &amp;por:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these alerts suppressed? A ticket, a change, a known cause.</source>
        <translation>¿Por qué se suprimen estas alertas? Un ticket, un cambio, una causa conocida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment required</source>
        <translation>Comentario obligatorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Intro guarda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save silence</source>
        <translation>Guardar silencio</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit silence</source>
        <translation>Editar silencio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing silence %1. Changing the matchers or the start of an active silence expires it and creates a new one, as Alertmanager does.</source>
        <translation>Editando el silencio %1. Cambiar los matchers o el inicio de un silencio activo lo hace caducar y crea uno nuevo, como hace Alertmanager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppress notifications for matching alerts. They stay on the alerts page, marked as silenced.</source>
        <translation>Se suprimen las notificaciones de las alertas coincidentes. Siguen en la página de alertas, marcadas como silenciadas.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Add a matcher to see which alerts it matches.</source>
        <translation>Añada un matcher para ver con qué alertas coincide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches no alert now</source>
        <translation>No coincide con ninguna alerta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches 1 alert now</source>
        <translation>Coincide con 1 alerta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %1 alerts now</source>
        <translation>Coincide con %1 alertas ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the duration &quot;%1&quot; is not one; write it as 90m, 6h or 3d</source>
        <translation>la duración &quot;%1&quot; no es válida; escríbala como 90m, 6h o 3d</translation>
    </message>
</context>
<context>
    <name>Wk::SilenceListProxy</name>
    <message>
        <location filename="../widgets/silencelistproxy.cpp" line="+68"/>
        <source>matches 1 alert now</source>
        <translation>coincide con 1 alerta ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matches %1 alerts now</source>
        <translation>coincide con %1 alertas ahora</translation>
    </message>
</context>
<context>
    <name>Wk::SilencesModel</name>
    <message>
        <location filename="../models/alerts/silencesmodel.cpp" line="+232"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active, expires within 5 minutes</source>
        <translation>activo, caduca en menos de 5 minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>matches no alert now</source>
        <translation>no coincide con ninguna alerta ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching alerts</source>
        <translation>Alertas coincidentes</translation>
    </message>
</context>
<context>
    <name>Wk::SilencesPage</name>
    <message>
        <location filename="../widgets/silencespage.cpp" line="+29"/>
        <source>Silences</source>
        <translation>Silencios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New silence…</source>
        <translation>Nuevo silencio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a silence</source>
        <translation>Crear un silencio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected silence</source>
        <translation>Editar el silencio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expire early…</source>
        <translation>Finalizar antes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected silence now, with a reason</source>
        <translation>Finalizar ahora el silencio seleccionado, indicando un motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Active only</source>
        <translation>Solo &amp;activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide pending and expired silences</source>
        <translation>Ocultar los silencios pendientes y caducados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show ac&amp;knowledgements</source>
        <translation>Mostrar &amp;reconocimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the ACK! silences that carry acknowledgements in Alertmanager</source>
        <translation>Mostrar también los silencios ACK! que contienen reconocimientos en Alertmanager</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Silence list</source>
        <translation>Lista de silencios</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a silence to edit.</source>
        <translation>Seleccione un silencio para editarlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a silence to expire.</source>
        <translation>Seleccione un silencio para finalizarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This silence has already expired.</source>
        <translation>Este silencio ya ha caducado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expire silence</source>
        <translation>Finalizar silencio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this silence now instead of at %1?
%2
made by %3: %4</source>
        <translation>¿Finalizar este silencio ahora en lugar de a las %1?
%2
creado por %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expire now</source>
        <translation>Finalizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the silence store is gone</source>
        <translation>el almacén de silencios ya no existe</translation>
    </message>
</context>
<context>
    <name>Wk::SlaStatus</name>
    <message>
        <location filename="../models/incidents/slastatus.cpp" line="+58"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on track</source>
        <translation>en plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DUE SOON</source>
        <translation>VENCE PRONTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BREACHED</source>
        <translation>INCUMPLIDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missed</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 left</source>
        <translation>%1 %2: quedan %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 over</source>
        <translation>%1 %2: excedida en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 met in %2</source>
        <translation>%1 cumplida en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 missed by %2</source>
        <translation>%1 incumplida, con %2 de retraso</translation>
    </message>
</context>
<context>
    <name>Wk::StatTile</name>
    <message>
        <location filename="../widgets/stattile.cpp" line="+131"/>
        <location line="+160"/>
        <source>data %1 old</source>
        <translation>datos de hace %1</translation>
    </message>
</context>
<context>
    <name>Wk::StatusGridView</name>
    <message>
        <location filename="../widgets/statusgridview.cpp" line="+27"/>
        <source>Health checks</source>
        <translation>Comprobaciones de estado</translation>
    </message>
</context>
<context>
    <name>Wk::StatusTileDelegate</name>
    <message>
        <location filename="../widgets/statustiledelegate.cpp" line="+79"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+96"/>
        <source>poll failed: %1</source>
        <translation>sondeo fallido: %1</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+106"/>
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
</context>
<context>
    <name>Wk::TemplateFunctions</name>
    <message>
        <location filename="../models/alerts/templatefunctions.cpp" line="+409"/>
        <source>queries are not available in this template</source>
        <translation>las consultas no están disponibles en esta plantilla</translation>
    </message>
</context>
<context>
    <name>Wk::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="+821"/>
        <location line="+429"/>
        <source>series %1</source>
        <translation>serie %1</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>%1
Click to show or hide this series.</source>
        <translation>%1
Haga clic para mostrar u ocultar esta serie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or hides the series on the chart</source>
        <translation>Muestra u oculta la serie en el gráfico</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+403"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query failed: %1</source>
        <translation>Error en la consulta: %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+82"/>
        <source>Time series chart</source>
        <translation>Gráfico de series temporales</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>data %1 old</source>
        <translation>datos de hace %1</translation>
    </message>
</context>
<context>
    <name>Wk::TimelineEntry</name>
    <message>
        <location filename="../models/incidents/timelineentry.cpp" line="+69"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert firing</source>
        <translation>Alerta activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert resolved</source>
        <translation>Alerta resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA breach</source>
        <translation>Incumplimiento del SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignees</source>
        <translation>Asignados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
</context>
<context>
    <name>Wk::Translation</name>
    <message>
        <location filename="../app/translation.cpp" line="+90"/>
        <source>no translation for &quot;%1&quot;; available: %2</source>
        <translation>no hay traducción para &quot;%1&quot;; disponibles: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--lang needs a language code, e.g. de</source>
        <translation>--lang necesita un código de idioma, p. ej. es</translation>
    </message>
</context>
<context>
    <name>Wk::Units</name>
    <message>
        <location filename="../widgets/units.cpp" line="+130"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k req/s</source>
        <translation>k req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M req/s</source>
        <translation>M req/s</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>Wk::UserConfig</name>
    <message>
        <location filename="../models/config/userconfig.cpp" line="+163"/>
        <source>cannot write the user settings: permission denied or no space left</source>
        <translation>no se puede escribir la configuración del usuario: permiso denegado o no queda espacio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user settings file is not a valid INI file</source>
        <translation>el archivo de configuración del usuario no es un archivo INI válido</translation>
    </message>
</context>
<context>
    <name>Wk::WallDisplay</name>
    <message>
        <location filename="../app/walldisplay.cpp" line="+46"/>
        <source>Watchkeeper wall</source>
        <translation>Pantalla mural de Watchkeeper</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 de %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 ago</source>
        <translation>actualizado hace %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for data</source>
        <translation>esperando datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — showing the last data, from %1</source>
        <translation> — se muestran los últimos datos, de las %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Connection lost  %1%2</source>
        <translation>⚠ Conexión perdida  %1%2</translation>
    </message>
</context>
<context>
    <name>Wk::Workspace</name>
    <message>
        <location filename="../models/config/workspace.cpp" line="+54"/>
        <source>%1 must be a mapping</source>
        <translation>%1 debe ser un mapeo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; in %2 (allowed: %3)</source>
        <translation>clave desconocida &quot;%1&quot; en %2 (permitidas: %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a single value</source>
        <translation>%1 debe ser un único valor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be greater than zero</source>
        <translation>%1 debe ser mayor que cero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a size (examples: 512KiB, 10MiB)</source>
        <translation>%1: &quot;%2&quot; no es un tamaño (ejemplos: 512KiB, 10MiB)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL</source>
        <translation>%1: &quot;%2&quot; no es una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a target</source>
        <translation>un destino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a target needs a name and a url</source>
        <translation>un destino necesita un nombre (name) y una URL (url)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target name &quot;%1&quot; may use letters, digits, _ . - only</source>
        <translation>el nombre de destino &quot;%1&quot; solo puede contener letras, dígitos, _ . -</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kind must be health or metrics, not &quot;%1&quot;</source>
        <translation>kind debe ser health o metrics, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interval</source>
        <translation>interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>timeout must not be longer than the interval</source>
        <translation>timeout no debe superar el intervalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max_body_size</source>
        <translation>max_body_size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>labels must be a mapping of name: value</source>
        <translation>labels debe ser un mapeo de nombre: valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a label value</source>
        <translation>un valor de etiqueta</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>tls</source>
        <translation>tls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ca_file</source>
        <translation>ca_file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>insecure_skip_verify</source>
        <translation>insecure_skip_verify</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials_file</source>
        <translation>credentials_file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bearer_token must be an environment reference like ${TOKEN}; put secrets in credentials_file or the environment</source>
        <translation>bearer_token debe ser una referencia al entorno como ${TOKEN}; guarde los secretos en credentials_file o en el entorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bearer_token</source>
        <translation>bearer_token</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>prometheus needs a url</source>
        <translation>prometheus necesita una url</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open_for must be a mapping of alert severity to P1, P2, P3 or P4</source>
        <translation>open_for debe ser una asignación de gravedad de alerta a P1, P2, P3 o P4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an alert severity</source>
        <translation>una gravedad de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an incident severity</source>
        <translation>una gravedad de incidente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open_for: &quot;%1&quot; for %2 is not P1, P2, P3 or P4</source>
        <translation>open_for: &quot;%1&quot; para %2 no es P1, P2, P3 ni P4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>environment variable %1 is not set</source>
        <translation>la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read workspace: %1</source>
        <translation>no se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace is empty; it needs at least a targets: list</source>
        <translation>el espacio de trabajo está vacío; necesita al menos una lista targets: con los destinos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>targets must be a list</source>
        <translation>targets debe ser una lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a target named &quot;%1&quot; is defined twice; names must be unique</source>
        <translation>un destino llamado &quot;%1&quot; está definido dos veces; los nombres deben ser únicos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule_files must be a list of paths</source>
        <translation>rule_files debe ser una lista de rutas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule file</source>
        <translation>un archivo de reglas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dashboards</source>
        <translation>dashboards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alertmanager</source>
        <translation>alertmanager</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+4"/>
        <source>prometheus</source>
        <translation>prometheus</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>displays must be a list</source>
        <translation>displays debe ser una lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a display</source>
        <translation>una pantalla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>screen</source>
        <translation>screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen must be a screen number from 0</source>
        <translation>screen debe ser un número de pantalla a partir de 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dashboards must be a list of dashboard ids</source>
        <translation>dashboards debe ser una lista de ids de tablero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a dashboard id</source>
        <translation>un id de tablero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotate</source>
        <translation>rotate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dim_at_night</source>
        <translation>dim_at_night</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>night</source>
        <translation>night</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>night must be hours like 22-6</source>
        <translation>night debe indicar horas como 22-6</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CloudGreet (simulated)</source>
        <translation>CloudGreet (simulado)</translation>
    </message>
</context>
<context>
    <name>Wk::WorkspaceWriter</name>
    <message>
        <location filename="../models/config/workspacewriter.cpp" line="+427"/>
        <source>the workspace must be a mapping of keys (title:, targets:, ...)</source>
        <translation>el espacio de trabajo debe ser un mapeo de claves (title:, targets:, ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is written as one flow mapping ({...}); Watchkeeper edits block-style files only, so change it by hand</source>
        <translation>el espacio de trabajo está escrito como un único mapeo en estilo flujo ({...}); Watchkeeper solo edita archivos en estilo bloque, así que cámbielo a mano</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 must be a list</source>
        <translation>%1 debe ser una lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already has an item named &quot;%2&quot;</source>
        <translation>%1 ya tiene un elemento llamado &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>%1 has no item named &quot;%2&quot;</source>
        <translation>%1 no tiene ningún elemento llamado &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+272"/>
        <location line="+29"/>
        <source>cannot find the end of this item</source>
        <translation>no se encuentra el final de este elemento</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>%1 must be a mapping</source>
        <translation>%1 debe ser un mapeo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is written in flow style ({...}); Watchkeeper edits block-style mappings only, so change it by hand</source>
        <translation>&quot;%1&quot; está escrito en estilo flujo ({...}); Watchkeeper solo edita mapeos en estilo bloque, así que cámbielo a mano</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>cannot find the end of this list</source>
        <translation>no se encuentra el final de esta lista</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot add keys to an item whose keys are all removed</source>
        <translation>no se pueden añadir claves a un elemento cuyas claves se han eliminado todas</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>cannot read workspace: %1</source>
        <translation>no se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+86"/>
        <source>the change was not made, the result would not load: %1</source>
        <translation>no se ha realizado el cambio, el resultado no se cargaría: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>bearer_token must be an environment reference like ${TOKEN}; the token itself is never written to the workspace</source>
        <translation>bearer_token debe ser una referencia al entorno como ${TOKEN}; el token en sí nunca se escribe en el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workspace has no target named &quot;%1&quot;</source>
        <translation>el espacio de trabajo no tiene ningún destino llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+72"/>
        <source>a target named &quot;%1&quot; exists already</source>
        <translation>ya existe un destino llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>the target &quot;%1&quot; did not read back</source>
        <translation>el destino &quot;%1&quot; no se pudo volver a leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the target &quot;%1&quot; would not read back as entered (%2)</source>
        <translation>el destino &quot;%1&quot; no se volvería a leer tal como se introdujo (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>no key given</source>
        <translation>no se ha indicado ninguna clave</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a list item needs a list and a name</source>
        <translation>un elemento de lista necesita una lista y un nombre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the workspace has no file to save to</source>
        <translation>el espacio de trabajo no tiene ningún archivo en el que guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not saved, the workspace would not load: %1</source>
        <translation>no se ha guardado, el espacio de trabajo no se cargaría: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>cannot write workspace: %1</source>
        <translation>no se puede escribir el espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>Wk::XorChunk</name>
    <message>
        <location filename="../models/metrics/xorchunk.cpp" line="+93"/>
        <source>invalid sample chunk: %1</source>
        <translation>bloque de muestras no válido: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format or bad sample count</source>
        <translation>formato desconocido o número de muestras incorrecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no samples</source>
        <translation>no hay muestras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>truncated or corrupt bit stream</source>
        <translation>flujo de bits truncado o dañado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timestamps out of order</source>
        <translation>marcas de tiempo desordenadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trailing bytes after the last sample</source>
        <translation>bytes sobrantes después de la última muestra</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+81"/>
        <source>Operations console: service health, metrics, alerts and incidents.

Subcommands: %1
  watchkeeper report --dashboard ID --range 7d --pdf FILE   write a dashboard as a PDF report</source>
        <translation>Consola de operaciones: estado del servicio, métricas, alertas e incidentes.

Subcomandos: %1
  watchkeeper report --dashboard ID --range 7d --pdf FILE   escribir un tablero como informe PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run against the built-in simulated service.</source>
        <translation>Ejecutar con el servicio simulado integrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace file (YAML) with targets, rules, database.</source>
        <translation>Archivo del espacio de trabajo (YAML) con destinos, reglas y base de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render offscreen once data has arrived, write the PNG and exit.</source>
        <translation>Renderizar fuera de pantalla en cuanto lleguen los datos, escribir el PNG y salir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard to show first (executive, engineering, business, operations).</source>
        <translation>Tablero que se muestra primero (executive, engineering, business, operations).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the simulated service (demo).</source>
        <translation>Semilla del servicio simulado (demo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for screenshots, WIDTHxHEIGHT.</source>
        <translation>Tamaño de la ventana para capturas de pantalla, ANCHOxALTO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOC wall mode: fullscreen, dark, rotating dashboards, no dialogs.</source>
        <translation>Modo de pantalla mural del NOC: pantalla completa, oscuro, tableros rotativos, sin diálogos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall: the screen to use (from 0).</source>
        <translation>Pantalla mural: la pantalla que se usará (desde 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall: time per dashboard, e.g. 30s.</source>
        <translation>Pantalla mural: tiempo por tablero, p. ej. 30s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the program (de, en, es); the system locale&apos;s by default.</source>
        <translation>Idioma del programa (de, en, es); por defecto, el de la configuración regional del sistema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>watchkeeper: already running; its window was raised</source>
        <translation>watchkeeper: ya está en ejecución; se ha traído su ventana al frente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>watchkeeper: give --demo or --workspace FILE (see --help)</source>
        <translation>watchkeeper: indique --demo o --workspace FILE (consulte --help)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>watchkeeper: no dashboard named &quot;%1&quot;</source>
        <translation>watchkeeper: no hay ningún tablero llamado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="+33"/>
        <source>Write a dashboard as a PDF report.</source>
        <translation>Escribir un tablero como informe PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashboard id.</source>
        <translation>Id del tablero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time range, e.g. 7d.</source>
        <translation>Intervalo de tiempo, p. ej. 7d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report on the simulated service.</source>
        <translation>Informe sobre el servicio simulado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file.</source>
        <translation>Archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the report.</source>
        <translation>Idioma del informe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>informe escrito en %1 (%n página)</numerusform>
            <numerusform>informe escrito en %1 (%n páginas)</numerusform>
        </translation>
    </message>
</context>
</TS>
