<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckView</name>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed before sending.</source>
        <translation>
            <numerusform>%Ln problem must be fixed before sending.</numerusform>
            <numerusform>%Ln problems must be fixed before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Send %Ln message(s) through “{account}”?</source>
        <translation>
            <numerusform>Send %Ln message through “{account}”?</numerusform>
            <numerusform>Send %Ln messages through “{account}”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s)</source>
        <translation>
            <numerusform>Send %Ln message</numerusform>
            <numerusform>Send %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln row(s) the app stopped while sending, so the message may have arrived. Send again anyway?</source>
        <translation>
            <numerusform>For %Ln row the app stopped while sending, so the message may have arrived. Send it again anyway?</numerusform>
            <numerusform>For %Ln rows the app stopped while sending, so the message may have arrived. Send them again anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send again to %Ln row(s), through “{account}”?</source>
        <translation>
            <numerusform>Send again to %Ln row, through “{account}”?</numerusform>
            <numerusform>Send again to %Ln rows, through “{account}”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln row(s)</source>
        <translation>
            <numerusform>Retry %Ln row</numerusform>
            <numerusform>Retry %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %Ln row(s) saved to {path}.</source>
        <translation>
            <numerusform>Report of %Ln row saved to {path}.</numerusform>
            <numerusform>Report of %Ln rows saved to {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
