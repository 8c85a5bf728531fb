<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <location filename="../../gui/events/import_export.py" line="+81"/>
        <source>%n problem(s): see the tooltip.</source>
        <translation>
            <numerusform>%n problem: see the tooltip.</numerusform>
            <numerusform>%n problems: see the tooltip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n event to {file}.</numerusform>
            <numerusform>Exported %n events to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message numerus="yes">
        <location filename="../../gui/events/editor.py" line="+225"/>
        <source>Clashes with %n other event(s):</source>
        <translation>
            <numerusform>Clashes with %n other event:</numerusform>
            <numerusform>Clashes with %n other events:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="+311"/>
        <source>Synced at {0}: %Ln new item(s)</source>
        <translation>
            <numerusform>Synced at {0}: %Ln new item</numerusform>
            <numerusform>Synced at {0}: %Ln new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../gui/events/calendar/month.py" line="+210"/>
        <source>%n more event(s): click to see the day</source>
        <translation>
            <numerusform>%n more event: click to see the day</numerusform>
            <numerusform>%n more events: click to see the day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <location filename="../../gui/events/plan_view.py" line="+186"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n step(s) scheduled in the outbox.</source>
        <translation>
            <numerusform>%n step scheduled in the outbox.</numerusform>
            <numerusform>%n steps scheduled in the outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPane</name>
    <message numerus="yes">
        <location filename="../../gui/prompts/pane.py" line="+152"/>
        <source>%Ln prompt(s)</source>
        <translation>
            <numerusform>%Ln prompt</numerusform>
            <numerusform>%Ln prompts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceForm</name>
    <message numerus="yes">
        <location filename="../../gui/events/recurrence_form.py" line="+120"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message numerus="yes">
        <location filename="../../gui/reminders.py" line="+96"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message numerus="yes">
        <location filename="../../gui/prompts/suggest_dialog.py" line="+157"/>
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{suggestions}, %Ln untried here.</source>
        <translation>
            <numerusform>{suggestions}, %Ln untried here.</numerusform>
            <numerusform>{suggestions}, %Ln untried here.</numerusform>
        </translation>
    </message>
</context>
</TS>
