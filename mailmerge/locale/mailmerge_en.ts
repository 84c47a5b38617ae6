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
    <name>SuppressionDialog</name>
    <message numerus="yes">
        <source>Imported %n address(es) from {file}.</source>
        <translation>
            <numerusform>Imported %n address from {file}.</numerusform>
            <numerusform>Imported %n addresses from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; see above.</source>
        <translation>
            <numerusform>%n line skipped; see above.</numerusform>
            <numerusform>%n lines skipped; see above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n address(es) to {file}.</source>
        <translation>
            <numerusform>Saved %n address to {file}.</numerusform>
            <numerusform>Saved %n addresses to {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
