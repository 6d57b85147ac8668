<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sb::CatalogSyncDialog</name>
    <message>
        <source>Sync with catalog</source>
        <translation>Mit Katalog abgleichen</translation>
    </message>
    <message>
        <source>Teams, capabilities and the dependencies between those capabilities come from a Backstage software catalog (catalog-info.yaml files). What you drew stays as it is.</source>
        <translation>Teams, Fähigkeiten und die Abhängigkeiten zwischen diesen Fähigkeiten kommen aus einem Backstage-Softwarekatalog (catalog-info.yaml-Dateien). Was Sie gezeichnet haben, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>A descriptor file, or a folder of them</source>
        <translation>Eine Deskriptordatei oder ein Ordner mit solchen</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Remove catalog teams and capabilities the catalog no longer has</source>
        <translation>Katalog-Teams und -Fähigkeiten, die der Katalog nicht mehr hat, &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>What the sync would change:</source>
        <translation>Was der Abgleich ändern würde:</translation>
    </message>
    <message>
        <source>Catalog folder</source>
        <translation>Katalogordner</translation>
    </message>
    <message>
        <source>Catalog descriptor file</source>
        <translation>Deskriptordatei des Katalogs</translation>
    </message>
    <message>
        <source>Backstage descriptors (*.yaml *.yml);;All files (*)</source>
        <translation>Backstage-Deskriptoren (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the catalog: a catalog-info.yaml file or a folder of descriptor files.</source>
        <translation>Wählen Sie den Katalog: eine catalog-info.yaml-Datei oder einen Ordner mit Deskriptordateien.</translation>
    </message>
    <message>
        <source>the box above removes it</source>
        <translation>das Kästchen oben entfernt es</translation>
    </message>
    <message>
        <source>Nothing to change: the map matches the catalog (%1).</source>
        <translation>Nichts zu ändern: Die Karte entspricht dem Katalog (%1).</translation>
    </message>
</context>
<context>
    <name>sb::Document</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>“%1” was not undone or redone: %2 has been changed by another facilitator since.</source>
        <translation>„%1“ wurde nicht rückgängig gemacht oder wiederholt: %2 wurde inzwischen von einer anderen Moderation geändert.</translation>
    </message>
    <message>
        <source>“%1” was not undone or redone: %2 has been changed by %3 since.</source>
        <translation>„%1“ wurde nicht rückgängig gemacht oder wiederholt: %2 wurde inzwischen von %3 geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted by another facilitator</source>
        <translation>%1 wurde von einer anderen Moderation gelöscht</translation>
    </message>
    <message>
        <source>%1 was changed by another facilitator</source>
        <translation>%1 wurde von einer anderen Moderation geändert</translation>
    </message>
    <message>
        <source>%1 was changed by %2</source>
        <translation>%1 wurde von %2 geändert</translation>
    </message>
    <message>
        <source>Your change was not saved: %1 meanwhile. The map shows it as it is now.</source>
        <translation>Ihre Änderung wurde nicht gespeichert: %1, während Sie bearbeiteten. Die Karte zeigt den jetzigen Stand.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>sb::ExportDialog</name>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Fit to the map</source>
        <translation>An die Karte anpassen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Die ganze Karte</translation>
    </message>
    <message>
        <source>The customer grid only</source>
        <translation>Nur das Kundenraster</translation>
    </message>
    <message>
        <source>The streams only</source>
        <translation>Nur die Wertströme</translation>
    </message>
    <message>
        <source>The selected elements</source>
        <translation>Die ausgewählten Elemente</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Select elements on the map first</source>
        <translation>Wählen Sie zuerst Elemente auf der Karte aus</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation>Auflösung (DPI)</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Ränder:</translation>
    </message>
    <message>
        <source>Title block (workshop, map, state, date)</source>
        <translation>Schriftfeld (Workshop, Karte, Zustand, Datum)</translation>
    </message>
    <message>
        <source>Legend (teams and marks)</source>
        <translation>Legende (Teams und Markierungen)</translation>
    </message>
    <message>
        <source>Tile the map at 100% across pages</source>
        <translation>Karte in 100 % über mehrere Seiten verteilen</translation>
    </message>
    <message>
        <source>Review pack (a page per stream, comparison)</source>
        <translation>Review-Paket (eine Seite je Wertstrom, Vergleich)</translation>
    </message>
    <message>
        <source>PDF pages:</source>
        <translation>PDF-Seiten:</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg);;PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Natural size (96 DPI)</source>
        <translation>Natürliche Größe (96 DPI)</translation>
    </message>
    <message>
        <source>The map&apos;s own size</source>
        <translation>Die eigene Größe der Karte</translation>
    </message>
    <message>
        <source>choose a file to export to</source>
        <translation>wählen Sie eine Zieldatei für den Export</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>Export nicht möglich: %1.</translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation>es gibt nichts zu zeichnen</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>sb::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Stage, stream, team, step, note…</source>
        <translation>Stufe, Wertstrom, Team, Schritt, Notiz…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Changes not written</source>
        <translation>Änderungen nicht geschrieben</translation>
    </message>
    <message>
        <source>The last changes could not be written to the workshop file:
%1

Close anyway and lose them?</source>
        <translation>Die letzten Änderungen konnten nicht in die Workshop-Datei geschrieben werden:
%1

Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Could not write the workshop file</source>
        <translation>Die Workshop-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Your last change is kept and will be written with the next one. If this persists, use File → Save as to write the workshop elsewhere.

%1</source>
        <translation>Ihre letzte Änderung bleibt erhalten und wird mit der nächsten geschrieben. Wenn das Problem bleibt, speichern Sie den Workshop mit Datei → Speichern unter an einem anderen Ort.

%1</translation>
    </message>
    <message>
        <source>Future state of “%1”</source>
        <translation>Soll-Zustand von „%1“</translation>
    </message>
    <message>
        <source>Streamboard</source>
        <translation>Streamboard</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Not saved under a name yet: kept in %1</source>
        <translation>Noch nicht unter einem Namen gespeichert: liegt in %1</translation>
    </message>
    <message>
        <source>This workshop is open read-only.</source>
        <translation>Dieser Workshop ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>Workshop bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another Streamboard window. Open a read-only view of it?</source>
        <translation>%1 ist in einem anderen Streamboard-Fenster geöffnet. Schreibgeschützt ansehen?</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be written to this file.</source>
        <translation>Schreibgeschützt geöffnet: Änderungen können nicht in diese Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create a workshop</source>
        <translation>Workshop kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Show customer &amp;grid</source>
        <translation>Kunden&amp;raster anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;changes against the baseline</source>
        <translation>Ä&amp;nderungen gegenüber der Ausgangskarte anzeigen</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Add &amp;step (column)</source>
        <translation>Schri&amp;tt hinzufügen (Spalte)</translation>
    </message>
    <message>
        <source>Add customer s&amp;lice (row)</source>
        <translation>&amp;Kundensegment hinzufügen (Zeile)</translation>
    </message>
    <message>
        <source>Add customer st&amp;ream</source>
        <translation>Kunden-&amp;Wertstrom hinzufügen</translation>
    </message>
    <message>
        <source>Add s&amp;upporting stream</source>
        <translation>&amp;Unterstützenden Wertstrom hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;capability</source>
        <translation>&amp;Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Add sticky &amp;note</source>
        <translation>&amp;Haftnotiz hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;kaizen burst</source>
        <translation>Kaizen-&amp;Blitz hinzufügen</translation>
    </message>
    <message>
        <source>New current-state &amp;map</source>
        <translation>Neue Karte (&amp;Ist-Zustand)</translation>
    </message>
    <message>
        <source>&amp;Derive future-state map</source>
        <translation>&amp;Soll-Zustand ableiten</translation>
    </message>
    <message>
        <source>Re&amp;name map…</source>
        <translation>Karte umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>Delete ma&amp;p</source>
        <translation>Karte &amp;löschen</translation>
    </message>
    <message>
        <source>Map &amp;settings…</source>
        <translation>Karten&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Current vs future</source>
        <translation>Ist/Soll</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Beginnen mit:</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Workshops (*.vsmap);;Interchange JSON (*.json);;All files (*)</source>
        <translation>Workshops (*.vsmap);;Austausch-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Keine zuletzt geöffneten Workshops</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation>Workshop speichern unter</translation>
    </message>
    <message>
        <source>Workshops (*.vsmap)</source>
        <translation>Workshops (*.vsmap)</translation>
    </message>
    <message>
        <source>Cannot save as %1</source>
        <translation>Speichern als %1 nicht möglich</translation>
    </message>
    <message>
        <source>Saved as %1. Every change is written there from now on.</source>
        <translation>Als %1 gespeichert. Jede Änderung wird ab jetzt dorthin geschrieben.</translation>
    </message>
    <message>
        <source>Nothing on the clipboard can be pasted here.</source>
        <translation>Nichts in der Zwischenablage lässt sich hier einfügen.</translation>
    </message>
    <message>
        <source>Paste %1 elements</source>
        <translation>%1 Elemente einfügen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>New customer slice</source>
        <translation>Neues Kundensegment</translation>
    </message>
    <message>
        <source>New value stream</source>
        <translation>Neuer Wertstrom</translation>
    </message>
    <message>
        <source>New supporting stream</source>
        <translation>Neuer unterstützender Wertstrom</translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Neue Fähigkeit</translation>
    </message>
    <message>
        <source>Improve this</source>
        <translation>Verbessern</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New current-state map</source>
        <translation>Neue Karte (Ist-Zustand)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>A map named “%1” exists already.</source>
        <translation>Eine Karte namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>“%1” is a copy to redesign; “%2” stays as it was, as its baseline.</source>
        <translation>„%1“ ist eine Kopie zum Umgestalten; „%2“ bleibt unverändert als ihre Ausgangskarte.</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete the map “%1” with everything on it? Edit → Undo brings it back.</source>
        <translation>Die Karte „%1“ mit allem darauf löschen? Bearbeiten → Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>“%1” could not be sent to the printer.</source>
        <translation>„%1“ konnte nicht an den Drucker gesendet werden.</translation>
    </message>
    <message>
        <source>Printed “%1”</source>
        <translation>„%1“ gedruckt</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Add roadmap &amp;action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Turn changes into actions</source>
        <translation>Än&amp;derungen in Maßnahmen umwandeln</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>&amp;Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>Five more &amp;minutes</source>
        <translation>Fünf &amp;Minuten mehr</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Time is up for “%1”.</source>
        <translation>Die Zeit für „%1“ ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <source>Over time: the timebox of this step has run out</source>
        <translation>Überzogen: Die Zeitbox dieses Schritts ist abgelaufen</translation>
    </message>
    <message>
        <source>Time left in this agenda step (F6 starts or pauses)</source>
        <translation>Restzeit in diesem Agenda-Schritt (F6 startet oder hält an)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Every change against “%1” has an action already, or there is none.</source>
        <translation>Jede Änderung gegenüber „%1“ hat bereits eine Maßnahme, oder es gibt keine Änderungen.</translation>
    </message>
    <message>
        <source>Turn changes into actions</source>
        <translation>Änderungen in Maßnahmen umwandeln</translation>
    </message>
    <message>
        <source>1 action added to the roadmap: check its owner and give it a date.</source>
        <translation>1 Maßnahme zum Maßnahmenplan hinzugefügt: Prüfen Sie das zuständige Team und geben Sie ein Datum an.</translation>
    </message>
    <message>
        <source>%1 actions added to the roadmap: check their owners and give them dates.</source>
        <translation>%1 Maßnahmen zum Maßnahmenplan hinzugefügt: Prüfen Sie die zuständigen Teams und geben Sie Termine an.</translation>
    </message>
    <message>
        <source>%1 changed since the workshop made from it on %2: made “%3” from the changed file.</source>
        <translation>%1 hat sich geändert, seit am %2 ein Workshop daraus angelegt wurde: „%3“ aus der geänderten Datei angelegt.</translation>
    </message>
    <message>
        <source>Opened before</source>
        <translation>Schon einmal geöffnet</translation>
    </message>
    <message>
        <source>A workshop was made from %1 on %2, and the file has not changed since.</source>
        <translation>Aus %1 wurde am %2 ein Workshop angelegt, und die Datei hat sich seither nicht geändert.</translation>
    </message>
    <message>
        <source>Open that workshop to go on where you left off, or make a new copy from the file.</source>
        <translation>Öffnen Sie diesen Workshop, um dort weiterzumachen, wo Sie aufgehört haben, oder legen Sie eine neue Kopie aus der Datei an.</translation>
    </message>
    <message>
        <source>Open the workshop made from it on %1</source>
        <translation>Den am %1 daraus angelegten Workshop öffnen</translation>
    </message>
    <message>
        <source>Make a new copy</source>
        <translation>Neue Kopie anlegen</translation>
    </message>
    <message>
        <source>Made “%1”, a new copy of %2. The workshop made from it before is under File → Open recent.</source>
        <translation>„%1“ als neue Kopie von %2 angelegt. Der zuvor daraus angelegte Workshop steht unter Datei → Zuletzt geöffnet.</translation>
    </message>
    <message>
        <source>%1 is open in this window already.</source>
        <translation>%1 ist in diesem Fenster schon geöffnet.</translation>
    </message>
    <message>
        <source>Changed by another facilitator</source>
        <translation>Von einer anderen Moderation geändert</translation>
    </message>
    <message>
        <source>Open s&amp;hared workshop…</source>
        <translation>&amp;Gemeinsamen Workshop öffnen…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1

Password for %2 (used for this session only, never saved):</source>
        <translation>%1

Passwort für %2 (nur für diese Sitzung, wird nie gespeichert):</translation>
    </message>
    <message>
        <source>Opened read-only: this server does not let you change the workshop.</source>
        <translation>Schreibgeschützt geöffnet: Dieser Server lässt Sie den Workshop nicht ändern.</translation>
    </message>
    <message>
        <source>Cannot share on %1</source>
        <translation>Teilen auf %1 nicht möglich</translation>
    </message>
    <message>
        <source>Shared as %1. Every change is written there from now on.</source>
        <translation>Geteilt als %1. Jede Änderung wird ab jetzt dort geschrieben.</translation>
    </message>
    <message>
        <source>Share on a ser&amp;ver…</source>
        <translation>Auf einem &amp;Server teilen…</translation>
    </message>
    <message>
        <source>S&amp;ync with catalog…</source>
        <translation>Mit Katalo&amp;g abgleichen…</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Wertstrom</translation>
    </message>
    <message>
        <source>Import &amp;work items…</source>
        <translation>&amp;Arbeitseinheiten importieren…</translation>
    </message>
    <message>
        <source>Synced with the catalog: %1</source>
        <translation>Mit dem Katalog abgeglichen: %1</translation>
    </message>
    <message>
        <source>Import work items</source>
        <translation>Arbeitseinheiten importieren</translation>
    </message>
    <message>
        <source>The map has no stream yet: add one first (Map → Add customer stream).</source>
        <translation>Die Karte hat noch keinen Wertstrom: Legen Sie zuerst einen an (Karte → Kunden-Wertstrom hinzufügen).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The workshop is read-only.</source>
        <translation>Der Workshop ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Read 1 work item into “%1”.</source>
        <translation>1 Arbeitseinheit in „%1“ eingelesen.</translation>
    </message>
    <message>
        <source>Read %1 work items into “%2”.</source>
        <translation>%1 Arbeitseinheiten in „%2“ eingelesen.</translation>
    </message>
    <message>
        <source>Type “%1” is not mapped: 1 item counts as features.</source>
        <translation>Typ „%1“ ist nicht zugeordnet: 1 Einheit zählt als Feature.</translation>
    </message>
    <message>
        <source>Type “%1” is not mapped: %2 items count as features.</source>
        <translation>Typ „%1“ ist nicht zugeordnet: %2 Einheiten zählen als Features.</translation>
    </message>
    <message>
        <source>Could not write the shared workshop</source>
        <translation>Der geteilte Workshop konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Your last change is kept and written once the server can be reached again.

%1</source>
        <translation>Ihre letzte Änderung bleibt erhalten und wird geschrieben, sobald der Server wieder erreichbar ist.

%1</translation>
    </message>
</context>
<context>
    <name>sb::OpeningProgress</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
</context>
<context>
    <name>sb::PgLive</name>
    <message>
        <source>the connection to the server is lost</source>
        <translation>die Verbindung zum Server ist unterbrochen</translation>
    </message>
</context>
<context>
    <name>sb::PgStore</name>
    <message>
        <source>the workshop “%1” in %2 cannot be read: %3</source>
        <translation>der Workshop „%1“ in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 holds workshops of a newer version of Streamboard (schema version %2; this version reads up to %3). Please update Streamboard.</source>
        <translation>%1 enthält Workshops einer neueren Streamboard-Version (Schemaversion %2; diese Version liest bis %3). Bitte aktualisieren Sie Streamboard.</translation>
    </message>
    <message>
        <source>there is no workshop “%1” in %2</source>
        <translation>in %2 gibt es keinen Workshop „%1“</translation>
    </message>
    <message>
        <source>Opening the workshop “%1” was cancelled.</source>
        <translation>Das Öffnen des Workshops „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the workshop “%1” in %2 is damaged and cannot be opened (%3).</source>
        <translation>der Workshop „%1“ in %2 ist beschädigt und kann nicht geöffnet werden (%3).</translation>
    </message>
    <message>
        <source>the workshop “%1” in %2 is too large to open: %3.</source>
        <translation>der Workshop „%1“ in %2 ist zu groß zum Öffnen: %3.</translation>
    </message>
    <message>
        <source>the workshop “%1” cannot be written to %2: %3</source>
        <translation>der Workshop „%1“ kann nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>a workshop of that name exists already.</source>
        <translation>ein Workshop dieses Namens existiert bereits.</translation>
    </message>
    <message>
        <source>the workshop “%1” in %2 is open read-only.</source>
        <translation>der Workshop „%1“ in %2 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>the workshop “%1” in %2 cannot be written: %3</source>
        <translation>der Workshop „%1“ in %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>a row of %1 names map %2, which does not exist</source>
        <translation>eine Zeile von %1 nennt die Karte %2, die es nicht gibt</translation>
    </message>
    <message>
        <source>it holds %1 rows; a workshop holds at most %2</source>
        <translation>er hat %1 Zeilen; ein Workshop hat höchstens %2</translation>
    </message>
    <message>
        <source>another facilitator changed the workshop “%1” in %2 meanwhile: nothing was written.</source>
        <translation>eine andere Moderation hat den Workshop „%1“ in %2 inzwischen geändert: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the connection to %1 is lost: the change is kept and written once the connection is back</source>
        <translation>die Verbindung zu %1 ist unterbrochen: die Änderung bleibt erhalten und wird geschrieben, sobald die Verbindung wieder steht</translation>
    </message>
</context>
<context>
    <name>sb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Streamboard is restarted.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Streamboard.</translation>
    </message>
</context>
<context>
    <name>sb::PresentationBar</name>
    <message>
        <source>PgDn / PgUp: agenda steps · ↓ / ↑: streams · F6: start or pause the timer · Esc: leave</source>
        <translation>PgDn / PgUp: Agenda-Schritte · ↓ / ↑: Wertströme · F6: Timer starten oder anhalten · Esc: beenden</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>F6 starts the timer</source>
        <translation>F6 startet den Timer</translation>
    </message>
</context>
<context>
    <name>sb::SharedWorkshopDialog</name>
    <message>
        <source>Open shared workshop</source>
        <translation>Gemeinsamen Workshop öffnen</translation>
    </message>
    <message>
        <source>Share on a server</source>
        <translation>Auf einem Server teilen</translation>
    </message>
    <message>
        <source>A workshop on a PostgreSQL server, which several facilitators can edit at once.</source>
        <translation>Ein Workshop auf einem PostgreSQL-Server, den mehrere Moderierende zugleich bearbeiten können.</translation>
    </message>
    <message>
        <source>Copies this workshop to a PostgreSQL server and continues on it there, so several facilitators can edit it at once.</source>
        <translation>Kopiert diesen Workshop auf einen PostgreSQL-Server und arbeitet dort weiter, sodass mehrere Moderierende ihn zugleich bearbeiten können.</translation>
    </message>
    <message>
        <source>(new address)</source>
        <translation>(neue Adresse)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>localhost, a name, or a socket folder such as /run/postgresql</source>
        <translation>localhost, ein Name oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;List workshops</source>
        <translation>Workshops &amp;auflisten</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The database holds no workshop yet.</source>
        <translation>Die Datenbank enthält noch keinen Workshop.</translation>
    </message>
    <message numerus="yes">
        <source>The database holds %n workshop(s).</source>
        <translation>
            <numerusform>Die Datenbank enthält %n Workshop.</numerusform>
            <numerusform>Die Datenbank enthält %n Workshops.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Teilen</translation>
    </message>
</context>
<context>
    <name>sb::SharedWorkshopStatus</name>
    <message>
        <source>The server is back: the workshop shows every change made meanwhile.</source>
        <translation>Der Server ist wieder da: der Workshop zeigt jede Änderung, die inzwischen gemacht wurde.</translation>
    </message>
    <message>
        <source>The server cannot be reached: read-only until it is back. Reconnecting…</source>
        <translation>Der Server ist nicht erreichbar: schreibgeschützt, bis er wieder da ist. Verbinde neu…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Shared: nobody else has it open</source>
        <translation>Geteilt: niemand sonst hat ihn geöffnet</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Geteilt mit %1</translation>
    </message>
</context>
<context>
    <name>sb::SqliteStore</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file already exists.</source>
        <translation>die Datei existiert bereits.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is closed.</source>
        <translation>„%1“ ist geschlossen.</translation>
    </message>
    <message>
        <source>no upgrade from file version %1</source>
        <translation>keine Aktualisierung von Dateiversion %1 möglich</translation>
    </message>
    <message>
        <source>the upgrade left a reference in table “%1” dangling</source>
        <translation>die Aktualisierung hat in Tabelle „%1“ einen ins Leere zeigenden Verweis hinterlassen</translation>
    </message>
    <message>
        <source>“%1” is not a Streamboard workshop: it is not an SQLite database.</source>
        <translation>„%1“ ist kein Streamboard-Workshop: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2).</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Streamboard (file version %2; this version reads up to %3). Please update Streamboard.</source>
        <translation>„%1“ wurde mit einer neueren Streamboard-Version erstellt (Dateiversion %2; diese Version liest bis %3). Bitte aktualisieren Sie Streamboard.</translation>
    </message>
    <message>
        <source>“%1” is not a Streamboard workshop: the file is empty.</source>
        <translation>„%1“ ist kein Streamboard-Workshop: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a Streamboard workshop: it is an SQLite database without a workshop in it.</source>
        <translation>„%1“ ist kein Streamboard-Workshop: Es ist eine SQLite-Datenbank ohne Workshop.</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for writing.</source>
        <translation>„%1“ kann nicht zum Schreiben gesperrt werden.</translation>
    </message>
    <message>
        <source>“%1” is open in another Streamboard (process %2 on %3). You can open it read-only.</source>
        <translation>„%1“ ist in einem anderen Streamboard geöffnet (Prozess %2 auf %3). Sie können die Datei schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Streamboard workshop.</source>
        <translation>„%1“ ist ein Ordner, kein Streamboard-Workshop.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation>„%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Das Öffnen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>it holds a trigger (“%1”)</source>
        <translation>die Datei enthält einen Trigger („%1“)</translation>
    </message>
    <message>
        <source>it holds a view (“%1”)</source>
        <translation>die Datei enthält eine Sicht („%1“)</translation>
    </message>
    <message>
        <source>it holds an index a workshop does not have (“%1”)</source>
        <translation>die Datei enthält einen Index, den ein Workshop nicht hat („%1“)</translation>
    </message>
    <message>
        <source>it holds a table a workshop of file version %1 does not have (“%2”)</source>
        <translation>die Datei enthält eine Tabelle, die ein Workshop der Dateiversion %1 nicht hat („%2“)</translation>
    </message>
    <message>
        <source>it holds a “%1” (“%2”)</source>
        <translation>die Datei enthält ein „%1“ („%2“)</translation>
    </message>
    <message>
        <source>its table “%1” does not have the columns of file version %2</source>
        <translation>die Tabelle „%1“ hat nicht die Spalten der Dateiversion %2</translation>
    </message>
    <message>
        <source>the references of its table “%1” are not those of a workshop</source>
        <translation>die Verweise der Tabelle „%1“ sind nicht die eines Workshops</translation>
    </message>
    <message>
        <source>its table “%1” is not STRICT as a workshop&apos;s tables are</source>
        <translation>die Tabelle „%1“ ist nicht STRICT wie die Tabellen eines Workshops</translation>
    </message>
    <message>
        <source>it holds %1 maps and elements; a workshop holds at most %2</source>
        <translation>die Datei enthält %1 Karten und Elemente; ein Workshop fasst höchstens %2</translation>
    </message>
    <message>
        <source>the text in column “%1” of table “%2” (row %3) is longer than %4 bytes</source>
        <translation>der Text in Spalte „%1“ der Tabelle „%2“ (Zeile %3) ist länger als %4 Bytes</translation>
    </message>
    <message>
        <source>row %1 of table “%2” refers to a row of table “%3” that does not exist</source>
        <translation>Zeile %1 der Tabelle „%2“ verweist auf eine Zeile der Tabelle „%3“, die es nicht gibt</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode could not be set</source>
        <translation>der defensive Modus von SQLite ließ sich nicht einschalten</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>ein Ein-/Ausgabefehler auf dem Datenträger</translation>
    </message>
    <message>
        <source>another program holds the file locked</source>
        <translation>ein anderes Programm hält die Datei gesperrt</translation>
    </message>
    <message>
        <source>a value is too large to read</source>
        <translation>ein Wert ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>“%1” is not a Streamboard workshop: it is an SQLite database of another application (application id %2).</source>
        <translation>„%1“ ist kein Streamboard-Workshop: Es ist eine SQLite-Datenbank einer anderen Anwendung (Anwendungskennung %2).</translation>
    </message>
    <message>
        <source>“%1” is not a workshop this version of Streamboard can open: %2.</source>
        <translation>„%1“ ist kein Workshop, den diese Version von Streamboard öffnen kann: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large to open: %2.</source>
        <translation>„%1“ ist zu groß zum Öffnen: %2.</translation>
    </message>
    <message>
        <source>an interrupted write left its journal beside the file; opening the file for writing completes it</source>
        <translation>ein unterbrochener Schreibvorgang hat sein Journal neben der Datei hinterlassen; wird die Datei zum Schreiben geöffnet, wird er abgeschlossen</translation>
    </message>
    <message>
        <source>the work items of stream “%1” do not read: %2</source>
        <translation>die Arbeitseinheiten des Wertstroms „%1“ lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>no such stream</source>
        <translation>kein solcher Wertstrom</translation>
    </message>
    <message>
        <source>a list is not JSON</source>
        <translation>eine Liste ist kein JSON</translation>
    </message>
    <message>
        <source>the dates of “%1” are not JSON</source>
        <translation>die Daten von „%1“ sind kein JSON</translation>
    </message>
    <message>
        <source>“%1” of “%2” is not a date</source>
        <translation>„%1“ von „%2“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>sb::WorkItemCsv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the item has no ID</source>
        <translation>die Einheit hat keine ID</translation>
    </message>
    <message>
        <source>ID “%1” is also on line %2</source>
        <translation>ID „%1“ steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an ISO 8601 date or date-time</source>
        <translation>„%1“ in Spalte „%2“ ist kein Datum oder Zeitpunkt nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 (%2) is earlier than %3 (%4)</source>
        <translation>%1 (%2) liegt vor %3 (%4)</translation>
    </message>
    <message>
        <source>no states are given</source>
        <translation>es sind keine Zustände angegeben</translation>
    </message>
    <message>
        <source>a state has no name</source>
        <translation>ein Zustand hat keinen Namen</translation>
    </message>
    <message>
        <source>state “%1” is listed twice</source>
        <translation>Zustand „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the start state “%1” is not one of the states</source>
        <translation>der Startzustand „%1“ ist keiner der Zustände</translation>
    </message>
    <message>
        <source>the active state “%1” is not one of the states</source>
        <translation>der aktive Zustand „%1“ ist keiner der Zustände</translation>
    </message>
    <message>
        <source>the mapped state “%1” is not one of the states</source>
        <translation>der zugeordnete Zustand „%1“ ist keiner der Zustände</translation>
    </message>
    <message>
        <source>a NUL character: the file is not text</source>
        <translation>ein NUL-Zeichen: die Datei ist kein Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header has no ID column</source>
        <translation>die Kopfzeile hat keine ID-Spalte</translation>
    </message>
    <message>
        <source>the header has no type column “%1”</source>
        <translation>die Kopfzeile hat keine Typ-Spalte „%1“</translation>
    </message>
    <message>
        <source>the header has no column for state “%1”</source>
        <translation>die Kopfzeile hat keine Spalte für den Zustand „%1“</translation>
    </message>
</context>
<context>
    <name>sb::WorkItemDialog</name>
    <message>
        <source>Import work items</source>
        <translation>Arbeitseinheiten importieren</translation>
    </message>
    <message>
        <source>A CSV from the tracker: a header row, an ID column, optional Name and Link columns, and one column per workflow state with the date each item entered it.</source>
        <translation>Eine CSV-Datei aus dem Tracker: eine Kopfzeile, eine ID-Spalte, wahlweise Spalten Name und Link, und je Zustand des Arbeitsablaufs eine Spalte mit dem Datum, an dem die Einheit ihn erreicht hat.</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Wertstrom</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Backlog, Ready, In progress, Review, Done</source>
        <translation>Backlog, Bereit, In Arbeit, Review, Erledigt</translation>
    </message>
    <message>
        <source>The state columns in workflow order; the last one is done</source>
        <translation>Die Zustandsspalten in der Reihenfolge des Ablaufs; der letzte ist „erledigt“</translation>
    </message>
    <message>
        <source>S&amp;tates</source>
        <translation>&amp;Zustände</translation>
    </message>
    <message>
        <source>the first state</source>
        <translation>der erste Zustand</translation>
    </message>
    <message>
        <source>Flow time runs from the date an item entered this state</source>
        <translation>Die Flusszeit zählt ab dem Datum, an dem eine Einheit diesen Zustand erreicht hat</translation>
    </message>
    <message>
        <source>Start stat&amp;e</source>
        <translation>S&amp;tartzustand</translation>
    </message>
    <message>
        <source>States in which an item is worked on, not waiting</source>
        <translation>Zustände, in denen an einer Einheit gearbeitet wird, statt dass sie wartet</translation>
    </message>
    <message>
        <source>&amp;Active states</source>
        <translation>A&amp;ktive Zustände</translation>
    </message>
    <message>
        <source>T&amp;ype column</source>
        <translation>T&amp;yp-Spalte</translation>
    </message>
    <message>
        <source>Types as flow items: features, defects, risks or debt; other types count as features</source>
        <translation>Typen als Flusseinheiten: features, defects, risks oder debt; andere Typen zählen als Features</translation>
    </message>
    <message>
        <source>T&amp;ypes</source>
        <translation>Ty&amp;pen</translation>
    </message>
    <message>
        <source>States measured as stages</source>
        <translation>Als Stufen gemessene Zustände</translation>
    </message>
    <message>
        <source>&amp;Replace the stream&apos;s items (otherwise items with the same ID are updated and new ones added)</source>
        <translation>Arbeitseinheiten des Wertstroms &amp;ersetzen (sonst werden Einheiten mit gleicher ID aktualisiert und neue hinzugefügt)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein Zustand</translation>
    </message>
    <message>
        <source>The stream has no stages.</source>
        <translation>Der Wertstrom hat keine Stufen.</translation>
    </message>
    <message>
        <source>Work items (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Arbeitseinheiten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The map has no stream to import work items into.</source>
        <translation>Die Karte hat keinen Wertstrom, in den Arbeitseinheiten importiert werden können.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Name the states, in workflow order.</source>
        <translation>Nennen Sie die Zustände in der Reihenfolge des Ablaufs.</translation>
    </message>
    <message>
        <source>“%1” is not TYPE=features, defects, risks or debt.</source>
        <translation>„%1“ ist nicht TYP=features, defects, risks oder debt.</translation>
    </message>
</context>
<context>
    <name>sb::agenda</name>
    <message>
        <source>No slices yet (2–5 recommended)</source>
        <translation>Noch keine Kundensegmente (2–5 empfohlen)</translation>
    </message>
    <message>
        <source>1 slice (2–5 recommended)</source>
        <translation>1 Kundensegment (2–5 empfohlen)</translation>
    </message>
    <message>
        <source>%1 slices (2–5 recommended)</source>
        <translation>%1 Kundensegmente (2–5 empfohlen)</translation>
    </message>
    <message>
        <source>Add customer slices: at least two.</source>
        <translation>Fügen Sie Kundensegmente hinzu: mindestens zwei.</translation>
    </message>
    <message>
        <source>Merge slices until no more than five are left.</source>
        <translation>Fassen Sie Kundensegmente zusammen, bis höchstens fünf übrig sind.</translation>
    </message>
    <message>
        <source>No slices yet</source>
        <translation>Noch keine Kundensegmente</translation>
    </message>
    <message>
        <source>%1 of %2 slice has an outcome statement</source>
        <translation>%1 von %2 Kundensegment mit Ergebnisaussage</translation>
    </message>
    <message>
        <source>%1 of %2 slices have an outcome statement</source>
        <translation>%1 von %2 Kundensegmenten mit Ergebnisaussage</translation>
    </message>
    <message>
        <source>Add customer slices first.</source>
        <translation>Fügen Sie zuerst Kundensegmente hinzu.</translation>
    </message>
    <message>
        <source>Write the outcome of %1: “We win when … for …”.</source>
        <translation>Formulieren Sie das Ergebnis für %1: „Wir gewinnen, wenn … für …“.</translation>
    </message>
    <message>
        <source>No steps yet (at least 3)</source>
        <translation>Noch keine Schritte (mindestens 3)</translation>
    </message>
    <message>
        <source>1 step (at least 3)</source>
        <translation>1 Schritt (mindestens 3)</translation>
    </message>
    <message>
        <source>%1 steps (at least 3)</source>
        <translation>%1 Schritte (mindestens 3)</translation>
    </message>
    <message>
        <source>Add steps to the timeline until there are at least three.</source>
        <translation>Fügen Sie der Zeitleiste Schritte hinzu, bis es mindestens drei sind.</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>No cells yet: add slices and steps</source>
        <translation>Noch keine Zellen: Fügen Sie Kundensegmente und Schritte hinzu</translation>
    </message>
    <message>
        <source>%1 of %2 cell filled</source>
        <translation>%1 von %2 Zelle ausgefüllt</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled</source>
        <translation>%1 von %2 Zellen ausgefüllt</translation>
    </message>
    <message>
        <source>Add slices and steps first.</source>
        <translation>Fügen Sie zuerst Kundensegmente und Schritte hinzu.</translation>
    </message>
    <message>
        <source>Fill %1 × %2: %3 missing.</source>
        <translation>Füllen Sie %1 × %2 aus; noch offen: %3.</translation>
    </message>
    <message>
        <source>1 cell marked divergent</source>
        <translation>1 Zelle als Verzweigung markiert</translation>
    </message>
    <message>
        <source>%1 cells marked divergent</source>
        <translation>%1 Zellen als Verzweigung markiert</translation>
    </message>
    <message>
        <source>No material divergence, as the room decided</source>
        <translation>Keine wesentliche Abweichung, wie die Runde entschieden hat</translation>
    </message>
    <message>
        <source>No cell marked divergent yet</source>
        <translation>Noch keine Zelle als Verzweigung markiert</translation>
    </message>
    <message>
        <source>Mark the cells where the path truly forks as divergent, or record that there is no material divergence.</source>
        <translation>Markieren Sie die Zellen, an denen sich der Weg wirklich gabelt, als Verzweigung, oder halten Sie fest, dass es keine wesentliche Abweichung gibt.</translation>
    </message>
    <message>
        <source>no owner team</source>
        <translation>kein zuständiges Team</translation>
    </message>
    <message>
        <source>no trigger</source>
        <translation>keinen Auslöser</translation>
    </message>
    <message>
        <source>no finish line</source>
        <translation>keine Ziellinie</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>no north-star metric</source>
        <translation>keine Nordstern-Kennzahl</translation>
    </message>
    <message>
        <source>No customer streams yet (2–4 recommended)</source>
        <translation>Noch keine Kunden-Wertströme (2–4 empfohlen)</translation>
    </message>
    <message>
        <source>%1 of %2 customer stream has owner and card</source>
        <translation>%1 von %2 Kunden-Wertstrom mit zuständigem Team und Steckbrief</translation>
    </message>
    <message>
        <source>%1 of %2 customer streams have owner and card</source>
        <translation>%1 von %2 Kunden-Wertströmen mit zuständigem Team und Steckbrief</translation>
    </message>
    <message>
        <source>(2–4 recommended)</source>
        <translation>(2–4 empfohlen)</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 hat %2.</translation>
    </message>
    <message>
        <source>Add customer streams: at least two.</source>
        <translation>Fügen Sie Kunden-Wertströme hinzu: mindestens zwei.</translation>
    </message>
    <message>
        <source>Merge customer streams until no more than four are left.</source>
        <translation>Fassen Sie Kunden-Wertströme zusammen, bis höchstens vier übrig sind.</translation>
    </message>
    <message>
        <source>No streams yet</source>
        <translation>Noch keine Wertströme</translation>
    </message>
    <message>
        <source>Propose value streams first.</source>
        <translation>Schlagen Sie zuerst Wertströme vor.</translation>
    </message>
    <message>
        <source>an owner team</source>
        <translation>ein zuständiges Team</translation>
    </message>
    <message>
        <source>an SLA</source>
        <translation>ein SLA</translation>
    </message>
    <message>
        <source>%1 streams depend on %2: let a supporting stream provide it or a platform team own it.</source>
        <translation>%1 Wertströme hängen von %2 ab: Ein unterstützender Wertstrom sollte sie bereitstellen oder ein Plattform-Team für sie zuständig sein.</translation>
    </message>
    <message>
        <source>Give %1 %2.</source>
        <translation>%1 braucht noch %2.</translation>
    </message>
    <message>
        <source>No stream depends on a capability</source>
        <translation>Kein Wertstrom hängt von einer Fähigkeit ab</translation>
    </message>
    <message>
        <source>%1 of %2 depended-on capability is in order</source>
        <translation>%1 von %2 genutzten Fähigkeit in Ordnung</translation>
    </message>
    <message>
        <source>%1 of %2 depended-on capabilities are in order</source>
        <translation>%1 von %2 genutzten Fähigkeiten in Ordnung</translation>
    </message>
    <message>
        <source>%1 of %2 stream has an owner</source>
        <translation>%1 von %2 Wertstrom mit zuständigem Team</translation>
    </message>
    <message>
        <source>%1 of %2 streams have an owner</source>
        <translation>%1 von %2 Wertströmen mit zuständigem Team</translation>
    </message>
    <message>
        <source>no staffing findings</source>
        <translation>keine Erkenntnisse zur Besetzung</translation>
    </message>
    <message>
        <source>1 staffing finding</source>
        <translation>1 Erkenntnis zur Besetzung</translation>
    </message>
    <message>
        <source>%1 staffing findings</source>
        <translation>%1 Erkenntnisse zur Besetzung</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Give %1 an owner team.</source>
        <translation>Bestimmen Sie ein zuständiges Team für %1.</translation>
    </message>
    <message>
        <source>Name the customer slices</source>
        <translation>Kundensegmente benennen</translation>
    </message>
    <message>
        <source>Say what winning looks like</source>
        <translation>Erfolg beschreiben</translation>
    </message>
    <message>
        <source>Draw the journey</source>
        <translation>Journey zeichnen</translation>
    </message>
    <message>
        <source>Fill the grid</source>
        <translation>Raster füllen</translation>
    </message>
    <message>
        <source>Find the real forks</source>
        <translation>Echte Verzweigungen finden</translation>
    </message>
    <message>
        <source>Propose value streams</source>
        <translation>Wertströme vorschlagen</translation>
    </message>
    <message>
        <source>Pull out shared capabilities</source>
        <translation>Gemeinsame Fähigkeiten herauslösen</translation>
    </message>
    <message>
        <source>Check who will run it</source>
        <translation>Besetzung prüfen</translation>
    </message>
    <message>
        <source>Agree on whom you serve: the segments, personas or jobs you can win, support and keep.</source>
        <translation>Einigen Sie sich, wem Sie dienen: den Segmenten, Personas oder Aufgaben, die Sie gewinnen, unterstützen und halten können.</translation>
    </message>
    <message>
        <source>Make success visible for every slice, so it can be measured later.</source>
        <translation>Machen Sie den Erfolg für jedes Kundensegment sichtbar, damit er sich später messen lässt.</translation>
    </message>
    <message>
        <source>Follow the customer from first contact to the end, with the same columns for every slice.</source>
        <translation>Folgen Sie dem Kunden vom ersten Kontakt bis zum Ende, mit denselben Spalten für jedes Kundensegment.</translation>
    </message>
    <message>
        <source>Swap assumptions for specifics, one slice × step cell at a time.</source>
        <translation>Ersetzen Sie Annahmen durch Konkretes, Zelle für Zelle (Kundensegment × Schritt).</translation>
    </message>
    <message>
        <source>Tell the places where slices truly part ways from ordinary differences.</source>
        <translation>Unterscheiden Sie die Stellen, an denen sich Kundensegmente wirklich trennen, von gewöhnlichen Unterschieden.</translation>
    </message>
    <message>
        <source>Turn each distinct path into a stream one team can own end to end.</source>
        <translation>Machen Sie aus jedem eigenständigen Weg einen Wertstrom, für den ein Team durchgängig zuständig sein kann.</translation>
    </message>
    <message>
        <source>Build what several streams need once, and run it as a service.</source>
        <translation>Bauen Sie, was mehrere Wertströme brauchen, nur einmal und betreiben Sie es als Dienst.</translation>
    </message>
    <message>
        <source>Show that the design works with the people you actually have.</source>
        <translation>Zeigen Sie, dass der Entwurf mit den Menschen funktioniert, die Sie tatsächlich haben.</translation>
    </message>
    <message>
        <source>Two to five slices the room can point to in its pipeline and roadmap.</source>
        <translation>Zwei bis fünf Kundensegmente, auf die die Runde in ihrer Pipeline und Roadmap zeigen kann.</translation>
    </message>
    <message>
        <source>One sentence per slice, “We win when … for …”, with a finish line you can measure.</source>
        <translation>Ein Satz je Kundensegment, „Wir gewinnen, wenn … für …“, mit einer messbaren Ziellinie.</translation>
    </message>
    <message>
        <source>One shared timeline of at least three steps.</source>
        <translation>Eine gemeinsame Zeitleiste mit mindestens drei Schritten.</translation>
    </message>
    <message>
        <source>Every cell says what the customer wants, what they get, how you know it worked and the one metric you track.</source>
        <translation>Jede Zelle sagt, was der Kunde will, was er bekommt, woran Sie den Erfolg erkennen und welche eine Kennzahl Sie verfolgen.</translation>
    </message>
    <message>
        <source>A few forks marked on the grid, each one justified, or a recorded “no material divergence”.</source>
        <translation>Einige begründete Verzweigungen im Raster oder ein festgehaltenes „keine wesentliche Abweichung“.</translation>
    </message>
    <message>
        <source>Two to four customer streams, each with an owner team and a card giving its trigger, finish line, outcome and north-star metric.</source>
        <translation>Zwei bis vier Kunden-Wertströme, jeder mit zuständigem Team und einem Steckbrief mit Auslöser, Ziellinie, Ergebnis und Nordstern-Kennzahl.</translation>
    </message>
    <message>
        <source>What two or more streams depend on sits with a supporting stream or a platform team, and everything depended on has an owner and an SLA.</source>
        <translation>Wovon zwei oder mehr Wertströme abhängen, liegt bei einem unterstützenden Wertstrom oder einem Plattform-Team, und alles, wovon Wertströme abhängen, hat ein zuständiges Team und ein SLA.</translation>
    </message>
    <message>
        <source>Every stream has an owner team and no staffing warning is left.</source>
        <translation>Jeder Wertstrom hat ein zuständiges Team, und keine Warnung zur Besetzung ist mehr offen.</translation>
    </message>
</context>
<context>
    <name>sb::analysis</name>
    <message>
        <source>Flows of “%1” go round in a circle: %2. Mark the backward flow as rework, or remove it; lead time cannot be computed until then.</source>
        <translation>Die Flüsse von „%1“ laufen im Kreis: %2. Markieren Sie den rückwärts laufenden Fluss als Nacharbeit oder entfernen Sie ihn; bis dahin lässt sich keine Durchlaufzeit berechnen.</translation>
    </message>
    <message>
        <source>“%1” waits less than it works: lead time %2 is shorter than process time %3. Lead time includes process time.</source>
        <translation>„%1“ wartet weniger, als es arbeitet: Die Durchlaufzeit (%2) ist kürzer als die Bearbeitungszeit (%3), dabei schließt die Durchlaufzeit die Bearbeitungszeit ein.</translation>
    </message>
    <message>
        <source>no trigger</source>
        <translation>keinen Auslöser</translation>
    </message>
    <message>
        <source>no finish line</source>
        <translation>keine Ziellinie</translation>
    </message>
    <message>
        <source>no north-star metric</source>
        <translation>keine Nordstern-Kennzahl</translation>
    </message>
    <message>
        <source>The card of %1 has %2. A customer stream needs a trigger, a finish line and a north-star metric.</source>
        <translation>Der Steckbrief von %1 hat %2. Ein Kunden-Wertstrom braucht einen Auslöser, eine Ziellinie und eine Nordstern-Kennzahl.</translation>
    </message>
    <message>
        <source>%1 teams must coordinate on %2: %3. No more than %4 should.</source>
        <translation>%1 Teams müssen sich bei %2 abstimmen: %3. Es sollten höchstens %4 sein.</translation>
    </message>
    <message>
        <source>%1 depends on itself. Remove that dependency.</source>
        <translation>%1 hängt von sich selbst ab. Entfernen Sie diese Abhängigkeit.</translation>
    </message>
    <message>
        <source>%1 elements depend on each other in a circle: %2. Break one of these dependencies so that each can change and ship on its own.</source>
        <translation>%1 Elemente hängen im Kreis voneinander ab: %2. Lösen Sie eine dieser Abhängigkeiten, damit jedes für sich geändert und ausgeliefert werden kann.</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <source>%1 → %2 is a handoff from %3 to %4.</source>
        <translation>%1 → %2 ist eine Übergabe von %3 an %4.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 needs %2 through %3: %4 is %5 hops. A change should need at most one.</source>
        <translation>%1 braucht %2 über %3: %4 sind %5 Hops. Eine Änderung sollte höchstens einen brauchen.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 stream depends on it</source>
        <translation>1 Wertstrom hängt davon ab</translation>
    </message>
    <message>
        <source>%1 streams depend on it</source>
        <translation>%1 Wertströme hängen davon ab</translation>
    </message>
    <message>
        <source>%1: %2, but its owner %3 is not a platform team and no supporting stream provides it. Run it as a platform service, or give it a supporting stream.</source>
        <translation>%1: %2, aber das zuständige Team %3 ist kein Plattform-Team, und kein unterstützender Wertstrom stellt sie bereit. Betreiben Sie sie als Plattform-Dienst oder geben Sie ihr einen unterstützenden Wertstrom.</translation>
    </message>
    <message>
        <source>%1: %2, but no team owns it and no supporting stream provides it. Run it as a platform service, or give it a supporting stream.</source>
        <translation>%1: %2, aber kein Team ist zuständig, und kein unterstützender Wertstrom stellt sie bereit. Betreiben Sie sie als Plattform-Dienst oder geben Sie ihr einen unterstützenden Wertstrom.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Team %1 has %2, fewer than %3: too few to keep its work flowing when someone is away.</source>
        <translation>Team %1 hat %2, weniger als %3: zu wenige, um die Arbeit im Fluss zu halten, wenn jemand fehlt.</translation>
    </message>
    <message>
        <source>No team owns %1 and it has no SLA, yet %2. Give it an owner and agree an SLA.</source>
        <translation>Für %1 ist kein Team zuständig, und es gibt kein SLA, aber %2. Bestimmen Sie ein zuständiges Team und vereinbaren Sie ein SLA.</translation>
    </message>
    <message>
        <source>No team owns %1, yet %2. Give it an owner.</source>
        <translation>Für %1 ist kein Team zuständig, aber %2. Bestimmen Sie ein zuständiges Team.</translation>
    </message>
    <message>
        <source>%1 has no SLA, yet %2. Agree one with its owner, %3.</source>
        <translation>%1 hat kein SLA, aber %2. Vereinbaren Sie eines mit dem zuständigen Team %3.</translation>
    </message>
    <message>
        <source>%1 is owned by %2, which owns %3, yet %4 customer streams depend on it: their work is tangled through it. Give it to a platform team or a supporting stream.</source>
        <translation>%1 gehört zu %2, das auch %3 verantwortet, und doch hängen %4 Kunden-Wertströme davon ab: Ihre Arbeit ist darüber verflochten. Übergeben Sie die Verantwortung an ein Plattform-Team oder einen unterstützenden Wertstrom.</translation>
    </message>
    <message>
        <source>Team %1 has %2 people, more than %3: split it so that each team can hold its work in mind.</source>
        <translation>Team %1 hat %2 Personen, mehr als %3: Teilen Sie es, damit jedes Team seine Arbeit überblicken kann.</translation>
    </message>
    <message>
        <source>Team %1 has one person for %2: there is no cover when they are away.</source>
        <translation>Team %1 hat nur eine Person für %2: Ist sie abwesend, gibt es keine Vertretung.</translation>
    </message>
    <message>
        <source>No team works on %1, so it lacks %2. Every customer stream needs %3.</source>
        <translation>Kein Team arbeitet an %1, also ist niemand für %2 da. Jeder Kunden-Wertstrom braucht %3.</translation>
    </message>
    <message>
        <source>The teams of %1 (%2) lack %3. Every customer stream needs %4.</source>
        <translation>In den Teams von %1 (%2) ist niemand für %3 da. Jeder Kunden-Wertstrom braucht %4.</translation>
    </message>
</context>
<context>
    <name>sb::canvas</name>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Removed since the baseline: %1</source>
        <translation>Seit der Ausgangskarte entfernt: %1</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <source>Stage, in its owner team&apos;s colour</source>
        <translation>Stufe, in der Farbe des zuständigen Teams</translation>
    </message>
    <message>
        <source>Push flow</source>
        <translation>Push-Fluss</translation>
    </message>
    <message>
        <source>Pull flow</source>
        <translation>Pull-Fluss</translation>
    </message>
    <message>
        <source>Rework flow (curves back)</source>
        <translation>Nacharbeit (Bogen zurück)</translation>
    </message>
    <message>
        <source>Handoff: the next stage belongs to another team</source>
        <translation>Übergabe: Die nächste Stufe gehört einem anderen Team</translation>
    </message>
    <message>
        <source>Dependency on a stream, stage or capability</source>
        <translation>Abhängigkeit von einem Wertstrom, einer Stufe oder einer Fähigkeit</translation>
    </message>
    <message>
        <source>One-hop violation: on the path to a team two or more hops away</source>
        <translation>Verstoß gegen die Ein-Hop-Regel: auf dem Weg zu einem Team zwei oder mehr Hops entfernt</translation>
    </message>
    <message>
        <source>Dependency cycle: member (dashed) and its arrows</source>
        <translation>Abhängigkeitszyklus: Mitglied (gestrichelt) und seine Pfeile</translation>
    </message>
    <message>
        <source>Divergent cell: the path forks for this slice</source>
        <translation>Abweichende Zelle: Der Weg verzweigt sich für dieses Kundensegment</translation>
    </message>
    <message>
        <source>Sticky note and kaizen burst</source>
        <translation>Haftnotiz und Kaizen-Blitz</translation>
    </message>
    <message>
        <source>PT %1 · LT %2 · %3%</source>
        <translation>BZ %1 · DLZ %2 · %3 %</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Customers ↓   Time →</source>
        <translation>Kunden ↓   Zeit →</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Kein Schritt</translation>
    </message>
    <message>
        <source>   No customer slices yet: add one from the Map menu.</source>
        <translation>   Noch keine Kundensegmente: Fügen Sie eines über das Menü „Karte“ hinzu.</translation>
    </message>
    <message>
        <source>VALUE STREAMS</source>
        <translation>WERTSTRÖME</translation>
    </message>
    <message>
        <source>CAPABILITIES</source>
        <translation>FÄHIGKEITEN</translation>
    </message>
    <message>
        <source>No value streams yet: add one from the Map menu.</source>
        <translation>Noch keine Wertströme: Fügen Sie einen über das Menü „Karte“ hinzu.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No outcome statement yet</source>
        <translation>Noch keine Ergebnisaussage</translation>
    </message>
    <message>
        <source>Intent: %1
Value: %2
Outcome: %3
Metric: %4</source>
        <translation>Absicht: %1
Wert: %2
Ergebnis: %3
Kennzahl: %4</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>Warten %1</translation>
    </message>
    <message>
        <source>work %1</source>
        <translation>Arbeit %1</translation>
    </message>
    <message>
        <source>No lead time: the flows go round in a circle.</source>
        <translation>Keine Durchlaufzeit: Die Flüsse laufen im Kreis.</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Process time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation>Kumulierte %C&amp;A</translation>
    </message>
    <message>
        <source>SUPPORTING STREAM</source>
        <translation>UNTERSTÜTZENDER WERTSTROM</translation>
    </message>
    <message>
        <source>CUSTOMER STREAM</source>
        <translation>KUNDEN-WERTSTROM</translation>
    </message>
    <message>
        <source>No owner team</source>
        <translation>Kein zuständiges Team</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Provided by: %1</source>
        <translation>Bereitgestellt von: %1</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>kein SLA</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>1 handoff</source>
        <translation>1 Übergabe</translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <translation>%1 Übergaben</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 Hop</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 Hops</translation>
    </message>
    <message>
        <source>rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <source>Add stage “%1” after “%2”</source>
        <translation>Stufe „%1“ nach „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Move elements</source>
        <translation>Elemente verschieben</translation>
    </message>
    <message>
        <source>Move stages</source>
        <translation>Stufen verschieben</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Stufe verschieben</translation>
    </message>
    <message>
        <source>Move %1 stages</source>
        <translation>%1 Stufen verschieben</translation>
    </message>
    <message>
        <source>A stage with flows stays in its stream: flows join stages of one stream. Remove its flows first, or draw a dependency instead.</source>
        <translation>Eine Stufe mit Flüssen bleibt in ihrem Wertstrom: Flüsse verbinden Stufen desselben Wertstroms. Entfernen Sie zuerst ihre Flüsse oder zeichnen Sie stattdessen eine Abhängigkeit.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>%1 features, %2 defects, %3 risks, %4 debt</source>
        <translation>%1 Features, %2 Fehler, %3 Risiken, %4 Schulden</translation>
    </message>
    <message>
        <source>No size</source>
        <translation>Keine Größe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No slice</source>
        <translation>Kein Kundensegment</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>New since the baseline</source>
        <translation>Neu seit der Ausgangskarte</translation>
    </message>
    <message>
        <source>Changed since the baseline:</source>
        <translation>Geändert seit der Ausgangskarte:</translation>
    </message>
    <message>
        <source>Days of %1 h</source>
        <translation>Tage zu %1 Std.</translation>
    </message>
</context>
<context>
    <name>sb::catalog</name>
    <message>
        <source>not an entity: a descriptor is a mapping with kind, metadata and spec</source>
        <translation>keine Entität: Ein Deskriptor ist eine Zuordnung mit kind, metadata und spec</translation>
    </message>
    <message>
        <source>an entity without a kind</source>
        <translation>eine Entität ohne kind</translation>
    </message>
    <message>
        <source>an entity without metadata.name</source>
        <translation>eine Entität ohne metadata.name</translation>
    </message>
    <message>
        <source>a kind, namespace or name with a space, “:” or “/”</source>
        <translation>ein kind, namespace oder name mit Leerzeichen, „:“ oder „/“</translation>
    </message>
    <message>
        <source>%1: not an entity reference ([kind:][namespace/]name)</source>
        <translation>%1: keine Entitätsreferenz ([kind:][namespace/]name)</translation>
    </message>
    <message>
        <source>%1: a list of entity references is expected</source>
        <translation>%1: Erwartet wird eine Liste von Entitätsreferenzen</translation>
    </message>
    <message>
        <source>%1: %2 is described in no file of the catalog</source>
        <translation>%1: %2 ist in keiner Datei des Katalogs beschrieben</translation>
    </message>
    <message>
        <source>YAML syntax error: no document can start here</source>
        <translation>YAML-Syntaxfehler: Hier kann kein Dokument beginnen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 is described twice: also at %2</source>
        <translation>%1 ist zweimal beschrieben: auch in %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the map has a %1 with id %2, which the catalog gives a %3; rename it</source>
        <translation>die Karte hat ein Element der Art %1 mit der ID %2, die der Katalog einem Element der Art %3 gibt; benennen Sie es um</translation>
    </message>
    <message>
        <source> “%1”</source>
        <translation> „%1“</translation>
    </message>
    <message>
        <source>Sync with catalog</source>
        <translation>Mit Katalog abgleichen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt:</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert:</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt:</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten:</translation>
    </message>
    <message>
        <source>: no longer in the catalog (%1)</source>
        <translation>: nicht mehr im Katalog (%1)</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet:</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 ignored</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 ignoriert</translation>
    </message>
</context>
<context>
    <name>sb::cli</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 → %3%4</source>
        <translation>%1 %2 → %3%4</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>one-hop violations</source>
        <translation>Verstöße gegen die Ein-Hop-Regel</translation>
    </message>
    <message>
        <source>dependency cycles</source>
        <translation>Abhängigkeitszyklen</translation>
    </message>
    <message>
        <source>Compared with “%1”: %2, %3</source>
        <translation>Verglichen mit „%1“: %2, %3</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>process time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <source>rolled %C&amp;A</source>
        <translation>kumulierte %C&amp;A</translation>
    </message>
    <message>
        <source>Time sums leave out streams whose flows go round in a circle: %1 before, %2 after</source>
        <translation>Die Zeitsummen lassen Wertströme aus, deren Flüsse im Kreis laufen: %1 vorher, %2 nachher</translation>
    </message>
    <message>
        <source>new, lead time %1</source>
        <translation>neu, Durchlaufzeit %1</translation>
    </message>
    <message>
        <source>only in “%1”, lead time %2</source>
        <translation>nur in „%1“, Durchlaufzeit %2</translation>
    </message>
    <message>
        <source>future-state map</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>current-state map</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>baseline “%1”</source>
        <translation>Ausgangskarte „%1“</translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation>Keine Wertströme.</translation>
    </message>
    <message>
        <source>lead time %1, process time %2, flow efficiency %3</source>
        <translation>Durchlaufzeit %1, Bearbeitungszeit %2, Flusseffizienz %3</translation>
    </message>
    <message>
        <source>lead time unknown: its flows go round in a circle</source>
        <translation>Durchlaufzeit unbekannt: Die Flüsse laufen im Kreis</translation>
    </message>
    <message>
        <source>rolled %C&amp;A %1, handoffs %2</source>
        <translation>kumulierte %C&amp;A %1, Übergaben %2</translation>
    </message>
    <message>
        <source>hops %1, teams: %2</source>
        <translation>Hops %1, Teams: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>critical path: %1</source>
        <translation>kritischer Pfad: %1</translation>
    </message>
    <message>
        <source>Findings: %1, %2, %3</source>
        <translation>Erkenntnisse: %1, %2, %3</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Work on the map named NAME.</source>
        <translation>Mit der Karte namens NAME arbeiten.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Creates a workshop file from an interchange JSON file.</source>
        <translation>Legt eine Workshop-Datei aus einer Austausch-JSON-Datei an.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Interchange JSON to read.</source>
        <translation>Zu lesendes Austausch-JSON.</translation>
    </message>
    <message>
        <source>%1: the workshop file must end in .vsmap</source>
        <translation>%1: Die Workshop-Datei muss auf .vsmap enden</translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it</source>
        <translation>%1 existiert; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writes a workshop, or one of its maps, to a file: interchange JSON, or the map drawn as PNG, SVG or PDF.</source>
        <translation>Schreibt einen Workshop oder eine seiner Karten in eine Datei: Austausch-JSON oder die gezeichnete Karte als PNG, SVG oder PDF.</translation>
    </message>
    <message>
        <source>File to write: .json, .png, .svg or .pdf.</source>
        <translation>Zu schreibende Datei: .json, .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>%1: cannot write “.%2” files; the output must end in .json, .png, .svg or .pdf</source>
        <translation>%1: „.%2“-Dateien können nicht geschrieben werden; die Ausgabe muss auf .json, .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>%1 applies to PNG, SVG and PDF, not to JSON</source>
        <translation>%1 gilt für PNG, SVG und PDF, nicht für JSON</translation>
    </message>
    <message>
        <source>%1 has no map to draw</source>
        <translation>%1 enthält keine Karte zum Zeichnen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Reports each stream&apos;s metrics and every finding of the analysis. Exits 1 when there is an error-level finding.</source>
        <translation>Gibt die Kennzahlen jedes Wertstroms und alle Erkenntnisse der Analyse aus. Endet mit 1, wenn es eine Erkenntnis der Stufe Fehler gibt.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json</source>
        <translation>unbekanntes Format „%1“: Verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>PNG: pixels per inch, %1 to %2 (default %3).</source>
        <translation>PNG: Pixel pro Zoll, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>PNG and SVG: the picture&apos;s width in pixels.</source>
        <translation>PNG und SVG: die Breite des Bildes in Pixeln.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, Letter or fit (default: A4 for PDF, fit for pictures, which are then the map&apos;s own size).</source>
        <translation>Papierformat: A4, A3, Letter oder fit (Standard: A4 für PDF, fit für Bilder, die dann die eigene Größe der Karte haben).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Turn the paper sideways (the default).</source>
        <translation>Papier im Querformat (Standard).</translation>
    </message>
    <message>
        <source>Keep the paper upright.</source>
        <translation>Papier im Hochformat.</translation>
    </message>
    <message>
        <source>What to draw: all (default), grid (the time × customer grid) or streams (lanes and capabilities).</source>
        <translation>Was gezeichnet wird: all (Standard), grid (das Raster aus Zeit × Kunden) oder streams (Bahnen und Fähigkeiten).</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>TEIL</translation>
    </message>
    <message>
        <source>PDF: the map, a page per stream (card, metrics, findings) and, for a future map, the comparison with its baseline.</source>
        <translation>PDF: die Karte, eine Seite je Wertstrom (Steckbrief, Kennzahlen, Erkenntnisse) und bei einem Soll-Zustand der Vergleich mit der Ausgangskarte.</translation>
    </message>
    <message>
        <source>PDF: the map at 100% over as many pages as it needs.</source>
        <translation>PDF: die Karte in 100 % über so viele Seiten wie nötig.</translation>
    </message>
    <message>
        <source>give --dpi or --width, not both</source>
        <translation>geben Sie --dpi oder --width an, nicht beides</translation>
    </message>
    <message>
        <source>--dpi applies to PNG only; PDF and SVG are vector</source>
        <translation>--dpi gilt nur für PNG; PDF und SVG sind Vektorformate</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2, not “%3”</source>
        <translation>--dpi muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--width applies to PNG and SVG only</source>
        <translation>--width gilt nur für PNG und SVG</translation>
    </message>
    <message>
        <source>--width must be a positive whole number of pixels, not “%1”</source>
        <translation>--width muss eine positive ganze Zahl von Pixeln sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown page size “%1”: use A4, A3, Letter or fit</source>
        <translation>unbekanntes Papierformat „%1“: Verwenden Sie A4, A3, Letter oder fit</translation>
    </message>
    <message>
        <source>give --landscape or --portrait, not both</source>
        <translation>geben Sie --landscape oder --portrait an, nicht beides</translation>
    </message>
    <message>
        <source>--%1 needs a paper size (--page A4, A3 or Letter)</source>
        <translation>--%1 braucht ein Papierformat (--page A4, A3 oder Letter)</translation>
    </message>
    <message>
        <source>unknown content “%1”: use all, grid or streams</source>
        <translation>unbekannter Inhalt „%1“: Verwenden Sie all, grid oder streams</translation>
    </message>
    <message>
        <source>--%1 makes a PDF; the output must end in .pdf</source>
        <translation>--%1 erzeugt ein PDF; die Ausgabe muss auf .pdf enden</translation>
    </message>
    <message>
        <source>give --tile or --review-pack, not both</source>
        <translation>geben Sie --tile oder --review-pack an, nicht beides</translation>
    </message>
    <message>
        <source>--tile needs a paper size (--page A4, A3 or Letter)</source>
        <translation>--tile braucht ein Papierformat (--page A4, A3 oder Letter)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>no map named “%1” (the workshop has %2)</source>
        <translation>keine Karte namens „%1“ (der Workshop enthält %2)</translation>
    </message>
    <message>
        <source>no maps</source>
        <translation>keine Karten</translation>
    </message>
    <message>
        <source>expects %1 file arguments, got %2 (see --help)</source>
        <translation>erwartet %1 Dateiargumente, erhalten: %2 (siehe --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open in Streamboard; close it there, then apply the patch</source>
        <translation>%1 ist in Streamboard geöffnet; schließen Sie ihn dort und wenden Sie dann den Patch an</translation>
    </message>
    <message>
        <source>%1: cannot be written, so the patch cannot be applied</source>
        <translation>%1: nicht beschreibbar, daher kann der Patch nicht angewendet werden</translation>
    </message>
    <message>
        <source>%1 has no map to apply the patch to</source>
        <translation>%1 hat keine Karte, auf die der Patch angewendet werden kann</translation>
    </message>
    <message>
        <source>%1: a patch changes a workshop (.vsmap), not an interchange file; import it first</source>
        <translation>%1: ein Patch ändert einen Workshop (.vsmap), keine Austauschdatei; importieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>Applies a patch (adds, changes and removes elements) to a map of a workshop in one step: all of it or, when any operation is bad, none of it.</source>
        <translation>Wendet einen Patch (fügt Elemente hinzu, ändert und entfernt sie) in einem Schritt auf eine Karte eines Workshops an: ganz oder, wenn eine Operation fehlerhaft ist, gar nicht.</translation>
    </message>
    <message>
        <source>Apply to the map named NAME (default: the patch&apos;s map, else the first).</source>
        <translation>Auf die Karte namens NAME anwenden (Standard: die Karte des Patches, sonst die erste).</translation>
    </message>
    <message>
        <source>Patch to apply.</source>
        <translation>Anzuwendender Patch.</translation>
    </message>
    <message>
        <source>applied 1 operation to map “%1”</source>
        <translation>1 Operation auf die Karte „%1“ angewendet</translation>
    </message>
    <message>
        <source>applied %1 operations to map “%2”</source>
        <translation>%1 Operationen auf die Karte „%2“ angewendet</translation>
    </message>
    <message>
        <source>Workshop file (.vsmap) or postgresql:// address to create.</source>
        <translation>Anzulegende Workshop-Datei (.vsmap) oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Workshop file (.vsmap), postgresql:// address or interchange .json.</source>
        <translation>Workshop-Datei (.vsmap), postgresql://-Adresse oder Austausch-.json.</translation>
    </message>
    <message>
        <source>Workshop file (.vsmap) or postgresql:// address to change.</source>
        <translation>Zu ändernde Workshop-Datei (.vsmap) oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>measured %1 to %2: velocity %3, load %4, flow time median %5, 85th percentile %6, flow efficiency %7</source>
        <translation>gemessen %1 bis %2: Geschwindigkeit %3, Last %4, Flusszeit Median %5, 85. Perzentil %6, Flusseffizienz %7</translation>
    </message>
    <message>
        <source>Usage:
  %1 [FILE.vsmap]                        open the workshop in the window
  %1 import IN.json OUT.vsmap [--force]  create a workshop file from interchange JSON
  %1 export IN OUT.json [--map NAME]     write a workshop as interchange JSON
  %1 export IN OUT.png|svg|pdf [--map NAME] [--dpi N] [--width PX]
      [--page A4|A3|Letter|fit] [--landscape|--portrait]
      [--content all|grid|streams] [--review-pack] [--tile]
                                         draw a map (the first by default)
  %1 check IN [--map NAME] [--format text|json]
                                         report metrics and findings; exit 1 on an error finding
  %1 apply WORKSHOP.vsmap PATCH.json [--map NAME]
                                         add, change and remove elements in one step
  %1 sync WORKSHOP.vsmap --backstage PATH… [--map NAME] [--remove-missing]
      [--dry-run] [--format text|json]
                                         bring teams, capabilities and their dependencies in line with a Backstage catalog
  %1 items WORKSHOP.vsmap ITEMS.csv --stream ID --states S1,S2,… [--active S,…]
      [--start STATE] [--type-column NAME] [--types VALUE=kind,…]
      [--stages STATE=stageId,…] [--replace] [--map NAME]
                                         store a stream&apos;s work items from a tracker&apos;s CSV
IN is a .vsmap workshop file, an interchange .json file or a workshop on PostgreSQL,
postgresql://USER@HOST:PORT/DB?workshop=NAME (also in place of OUT.vsmap and WORKSHOP.vsmap).
Run “%1 COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 check found an error-level finding, 2 bad usage or unreadable/unwritable input or output.
</source>
        <translation>Aufruf:
  %1 [DATEI.vsmap]                       den Workshop im Fenster öffnen
  %1 import IN.json OUT.vsmap [--force]  eine Workshop-Datei aus Austausch-JSON anlegen
  %1 export IN OUT.json [--map NAME]     einen Workshop als Austausch-JSON schreiben
  %1 export IN OUT.png|svg|pdf [--map NAME] [--dpi N] [--width PX]
      [--page A4|A3|Letter|fit] [--landscape|--portrait]
      [--content all|grid|streams] [--review-pack] [--tile]
                                         eine Karte zeichnen (standardmäßig die erste)
  %1 check IN [--map NAME] [--format text|json]
                                         Kennzahlen und Erkenntnisse ausgeben; Exit-Code 1
                                         bei einer Erkenntnis der Stufe Fehler
  %1 apply WORKSHOP.vsmap PATCH.json [--map NAME]
                                         Elemente in einem Schritt hinzufügen, ändern und
                                         entfernen
  %1 sync WORKSHOP.vsmap --backstage PFAD… [--map NAME] [--remove-missing]
      [--dry-run] [--format text|json]
                                         Teams, Fähigkeiten und ihre Abhängigkeiten mit
                                         einem Backstage-Katalog abgleichen
  %1 items WORKSHOP.vsmap ITEMS.csv --stream ID --states S1,S2,… [--active S,…]
      [--start STATE] [--type-column NAME] [--types VALUE=kind,…]
      [--stages STATE=stageId,…] [--replace] [--map NAME]
                                         die Arbeitseinheiten eines Wertstroms aus der CSV
                                         eines Trackers speichern
IN ist eine .vsmap-Workshop-Datei, eine Austausch-.json-Datei oder ein Workshop auf PostgreSQL,
postgresql://USER@HOST:PORT/DB?workshop=NAME (auch anstelle von OUT.vsmap und WORKSHOP.vsmap).
„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 check hat eine Erkenntnis der Stufe Fehler gefunden, 2 falscher Aufruf oder Ein- bzw. Ausgabe nicht lesbar/schreibbar.
</translation>
    </message>
    <message>
        <source>Measure work items from this day on (default: periodDays before --to).</source>
        <translation>Arbeitseinheiten ab diesem Tag messen (Standard: periodDays vor --to).</translation>
    </message>
    <message>
        <source>Measure work items up to this day (default: the latest date in them).</source>
        <translation>Arbeitseinheiten bis zu diesem Tag messen (Standard: ihr spätestes Datum).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date like 2026-03-31</source>
        <translation>--%1: „%2“ ist kein Datum wie 2026-03-31</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>Brings the teams and capabilities of a map, and the dependencies between those capabilities, in line with a Backstage software catalog (catalog-info.yaml files), in one step. What the facilitators drew stays as it was.</source>
        <translation>Gleicht die Teams und Fähigkeiten einer Karte und die Abhängigkeiten zwischen diesen Fähigkeiten in einem Schritt mit einem Backstage-Softwarekatalog (catalog-info.yaml-Dateien) ab. Was die Moderatoren gezeichnet haben, bleibt, wie es war.</translation>
    </message>
    <message>
        <source>A descriptor file, or a folder searched for *.yaml and *.yml; more paths may follow as further arguments.</source>
        <translation>Eine Deskriptordatei oder ein Ordner, in dem nach *.yaml und *.yml gesucht wird; weitere Pfade können als weitere Argumente folgen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Remove the catalog&apos;s teams and capabilities that the catalog no longer has, with what hangs on them.</source>
        <translation>Teams und Fähigkeiten des Katalogs, die der Katalog nicht mehr hat, mit allem, was daran hängt, entfernen.</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>Ausgeben, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Sync the map named NAME (default: the first).</source>
        <translation>Die Karte namens NAME abgleichen (Standard: die erste).</translation>
    </message>
    <message>
        <source>Workshop file (.vsmap) to change.</source>
        <translation>Zu ändernde Workshop-Datei (.vsmap).</translation>
    </message>
    <message>
        <source>expects the workshop file (see --help)</source>
        <translation>erwartet die Workshop-Datei (siehe --help)</translation>
    </message>
    <message>
        <source>--backstage PATH is required: the catalog to sync with</source>
        <translation>--backstage PFAD ist nötig: der Katalog, mit dem abgeglichen wird</translation>
    </message>
    <message>
        <source>--remove-missing removes it</source>
        <translation>--remove-missing entfernt es</translation>
    </message>
    <message>
        <source>Stores a stream&apos;s work items, read from a CSV of the dates each item entered each workflow state, in the workshop. Options not given keep the stream&apos;s last choices.</source>
        <translation>Speichert die Arbeitseinheiten eines Wertstroms im Workshop, gelesen aus einer CSV-Datei mit den Daten, an denen jede Einheit jeden Zustand erreicht hat. Nicht angegebene Optionen behalten die letzte Wahl des Wertstroms.</translation>
    </message>
    <message>
        <source>The stream the items belong to.</source>
        <translation>Der Wertstrom, zu dem die Einheiten gehören.</translation>
    </message>
    <message>
        <source>The state columns in workflow order; the last is done.</source>
        <translation>Die Zustandsspalten in der Reihenfolge des Ablaufs; der letzte ist „erledigt“.</translation>
    </message>
    <message>
        <source>The states in which items are worked on.</source>
        <translation>Die Zustände, in denen an Einheiten gearbeitet wird.</translation>
    </message>
    <message>
        <source>The state that starts the flow time (default: the first).</source>
        <translation>Der Zustand, mit dem die Flusszeit beginnt (Standard: der erste).</translation>
    </message>
    <message>
        <source>The column holding the type (default: Type).</source>
        <translation>Die Spalte mit dem Typ (Standard: Type).</translation>
    </message>
    <message>
        <source>Types as flow items (default: Story=features,Bug=defects,Vulnerability=risks,Chore=debt).</source>
        <translation>Typen als Flusseinheiten (Standard: Story=features,Bug=defects,Vulnerability=risks,Chore=debt).</translation>
    </message>
    <message>
        <source>States measured as stages of the stream.</source>
        <translation>Als Stufen des Wertstroms gemessene Zustände.</translation>
    </message>
    <message>
        <source>Replace the stream&apos;s items (default: the file&apos;s items replace those with the same ID, others are added).</source>
        <translation>Die Einheiten des Wertstroms ersetzen (Standard: Einheiten der Datei ersetzen die mit gleicher ID, andere kommen hinzu).</translation>
    </message>
    <message>
        <source>Work items to read.</source>
        <translation>Zu lesende Arbeitseinheiten.</translation>
    </message>
    <message>
        <source>--stream is needed</source>
        <translation>--stream ist nötig</translation>
    </message>
    <message>
        <source>read 1 work item into stream “%1” of map “%2”</source>
        <translation>1 Arbeitseinheit in Wertstrom „%1“ der Karte „%2“ eingelesen</translation>
    </message>
    <message>
        <source>read %1 work items into stream “%2” of map “%3”</source>
        <translation>%1 Arbeitseinheiten in Wertstrom „%2“ der Karte „%3“ eingelesen</translation>
    </message>
    <message>
        <source>type “%1” is not mapped: 1 item counts as features</source>
        <translation>Typ „%1“ ist nicht zugeordnet: 1 Einheit zählt als Feature</translation>
    </message>
    <message>
        <source>type “%1” is not mapped: %2 items count as features</source>
        <translation>Typ „%1“ ist nicht zugeordnet: %2 Einheiten zählen als Features</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1: größer als %2 MB</translation>
    </message>
    <message>
        <source>%1: no map named “%2”</source>
        <translation>%1: keine Karte namens „%2“</translation>
    </message>
    <message>
        <source>%1: map “%2” has no stream with id “%3”</source>
        <translation>%1: Karte „%2“ hat keinen Wertstrom mit der ID „%3“</translation>
    </message>
    <message>
        <source>%1: no map has a stream with id “%2”</source>
        <translation>%1: keine Karte hat einen Wertstrom mit der ID „%2“</translation>
    </message>
    <message>
        <source>--states is needed: stream “%1” has no states yet</source>
        <translation>--states ist nötig: Wertstrom „%1“ hat noch keine Zustände</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: work items go into a workshop (.vsmap), not an interchange file; import it first</source>
        <translation>%1: Arbeitseinheiten gehören in einen Workshop (.vsmap), nicht in eine Austauschdatei; importieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>%1 is open in Streamboard; close it there, then import</source>
        <translation>%1 ist in Streamboard geöffnet; schließen Sie es dort und importieren Sie dann</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--types: “%1” is not TYPE=features, defects, risks or debt</source>
        <translation>--types: „%1“ ist nicht TYP=features, defects, risks oder debt</translation>
    </message>
    <message>
        <source>--stages: “%1” is not STATE=stage id</source>
        <translation>--stages: „%1“ ist nicht ZUSTAND=Stufen-ID</translation>
    </message>
    <message>
        <source>%1 is open in Streamboard; close it there, then sync</source>
        <translation>%1 ist in Streamboard geöffnet; schließen Sie die Datei dort und gleichen Sie dann ab</translation>
    </message>
    <message>
        <source>%1: cannot be written, so it cannot be synced</source>
        <translation>%1: nicht schreibbar, daher kein Abgleich möglich</translation>
    </message>
    <message>
        <source>%1 has no map to sync</source>
        <translation>%1 hat keine Karte zum Abgleichen</translation>
    </message>
    <message>
        <source>%1: map “%2”: %3</source>
        <translation>%1: Karte „%2“: %3</translation>
    </message>
    <message>
        <source>%1: sync changes a workshop (.vsmap), not an interchange file; import it first</source>
        <translation>%1: sync ändert einen Workshop (.vsmap), keine Austauschdatei; importieren Sie sie zuerst</translation>
    </message>
</context>
<context>
    <name>sb::commands</name>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>%1 „%2“ löschen</translation>
    </message>
    <message>
        <source>Delete %1 elements</source>
        <translation>%1 Elemente löschen</translation>
    </message>
    <message>
        <source>Move 1 element</source>
        <translation>1 Element verschieben</translation>
    </message>
    <message>
        <source>Move %1 elements</source>
        <translation>%1 Elemente verschieben</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>%1 umsortieren</translation>
    </message>
    <message>
        <source>Add map “%1”</source>
        <translation>Karte „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete map “%1”</source>
        <translation>Karte „%1“ löschen</translation>
    </message>
    <message>
        <source>Change map settings</source>
        <translation>Karteneinstellungen ändern</translation>
    </message>
    <message>
        <source>Rename map to “%1”</source>
        <translation>Karte in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Reorder maps</source>
        <translation>Karten umsortieren</translation>
    </message>
    <message>
        <source>Derive future-state map “%1”</source>
        <translation>Soll-Zustand „%1“ ableiten</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Change %1 of the %2</source>
        <translation>%2: %1 ändern</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>„%2“: %1 ändern</translation>
    </message>
    <message>
        <source>Change %1 “%2”</source>
        <translation>%1 „%2“ ändern</translation>
    </message>
    <message>
        <source>Change %1 of map “%2”</source>
        <translation>Karte „%2“: %1 ändern</translation>
    </message>
    <message>
        <source>no stream with id “%1”</source>
        <translation>kein Wertstrom mit der ID „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a stage of stream “%2”</source>
        <translation>„%1“ ist keine Stufe des Wertstroms „%2“</translation>
    </message>
    <message>
        <source>stream “%1” has work items with the states %2; import with the same states, or replace them</source>
        <translation>Wertstrom „%1“ hat Arbeitseinheiten mit den Zuständen %2; importieren Sie mit denselben Zuständen oder ersetzen Sie sie</translation>
    </message>
    <message>
        <source>Import work items into “%1”</source>
        <translation>Arbeitseinheiten in „%1“ importieren</translation>
    </message>
    <message>
        <source>Use measured lead time for “%1”</source>
        <translation>Gemessene Durchlaufzeit für „%1“ übernehmen</translation>
    </message>
</context>
<context>
    <name>sb::duration</name>
    <message>
        <source>s, m, h, d or w</source>
        <translation>Sek., Min., Std., Tag oder Woche</translation>
    </message>
    <message numerus="yes">
        <source>%nw</source>
        <comment>duration in weeks</comment>
        <translation>
            <numerusform>%n Wo.</numerusform>
            <numerusform>%n Wo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%nd</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%nh</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%nm</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%ns</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duration given; enter one like 45m or 1d 4h.</source>
        <translation>Keine Dauer angegeben; geben Sie z. B. 45 Min. oder 1 Tag 4 Std. ein.</translation>
    </message>
    <message>
        <source>%1: a duration cannot be negative.</source>
        <translation>%1: Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is not a duration; enter one like 45m or 1d 4h.</source>
        <translation>%1 ist keine Dauer; geben Sie z. B. 45 Min. oder 1 Tag 4 Std. ein.</translation>
    </message>
    <message>
        <source>%1 is too large a number.</source>
        <translation>%1 ist eine zu große Zahl.</translation>
    </message>
    <message>
        <source>%1 needs a unit: %2.</source>
        <translation>%1 braucht eine Einheit: %2.</translation>
    </message>
    <message>
        <source>%1 is not a unit; use %2.</source>
        <translation>%1 ist keine Einheit; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%nw</source>
        <comment>compact duration in weeks</comment>
        <translation>
            <numerusform>%nWo</numerusform>
            <numerusform>%nWo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%nd</source>
        <comment>compact duration in days</comment>
        <translation>
            <numerusform>%nT</numerusform>
            <numerusform>%nT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%nh</source>
        <comment>compact duration in hours</comment>
        <translation>
            <numerusform>%nh</numerusform>
            <numerusform>%nh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%nm</source>
        <comment>compact duration in minutes</comment>
        <translation>
            <numerusform>%nmin</numerusform>
            <numerusform>%nmin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%ns</source>
        <comment>compact duration in seconds</comment>
        <translation>
            <numerusform>%ns</numerusform>
            <numerusform>%ns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is longer than 100 years.</source>
        <translation>%1 ist länger als 100 Jahre.</translation>
    </message>
</context>
<context>
    <name>sb::exporting</name>
    <message>
        <source>the resolution must be between %1 and %2 DPI</source>
        <translation>die Auflösung muss zwischen %1 und %2 DPI liegen</translation>
    </message>
    <message>
        <source>the width must be a positive number of pixels</source>
        <translation>die Breite muss eine positive Anzahl Pixel sein</translation>
    </message>
    <message>
        <source>a width in pixels applies to PNG and SVG only</source>
        <translation>eine Breite in Pixeln gilt nur für PNG und SVG</translation>
    </message>
    <message>
        <source>margins must be between 0 and 50 mm</source>
        <translation>die Ränder müssen zwischen 0 und 50 mm liegen</translation>
    </message>
    <message>
        <source>tiling is for PDF only</source>
        <translation>das Verteilen auf Seiten gibt es nur für PDF</translation>
    </message>
    <message>
        <source>a review pack is a PDF only</source>
        <translation>ein Review-Paket gibt es nur als PDF</translation>
    </message>
    <message>
        <source>choose either tiling or a review pack, not both</source>
        <translation>wählen Sie entweder das Verteilen auf Seiten oder ein Review-Paket, nicht beides</translation>
    </message>
    <message>
        <source>tiling needs a paper size (A4, A3 or Letter)</source>
        <translation>das Verteilen auf Seiten braucht ein Papierformat (A4, A3 oder Letter)</translation>
    </message>
    <message>
        <source>nothing is selected to export</source>
        <translation>für den Export ist nichts ausgewählt</translation>
    </message>
    <message>
        <source>there is no such map</source>
        <translation>diese Karte gibt es nicht</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>%1 — row %2 of %3, column %4 of %5</source>
        <translation>%1 — Zeile %2 von %3, Spalte %4 von %5</translation>
    </message>
    <message>
        <source>Page %1 of %2 · tiles overlap by %3 mm at the marks</source>
        <translation>Seite %1 von %2 · die Teile überlappen an den Marken um %3 mm</translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation>es gibt nichts zu zeichnen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: Das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the picture would be %1 × %2 pixels, more than a PNG export makes; lower the resolution or the width, or choose a paper size</source>
        <translation>das Bild hätte %1 × %2 Pixel, mehr als ein PNG-Export erzeugt; verringern Sie die Auflösung oder die Breite oder wählen Sie ein Papierformat</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 picture</source>
        <translation>nicht genug Speicher für ein Bild mit %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>SUPPORTING STREAM</source>
        <translation>UNTERSTÜTZENDER WERTSTROM</translation>
    </message>
    <message>
        <source>CUSTOMER STREAM</source>
        <translation>KUNDEN-WERTSTROM</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Verantwortet von %1</translation>
    </message>
    <message>
        <source>No owner team</source>
        <translation>Kein zuständiges Team</translation>
    </message>
    <message>
        <source>Serves %1</source>
        <translation>Dient %1</translation>
    </message>
    <message>
        <source>none: the flows form a cycle</source>
        <translation>keine: Die Flüsse bilden einen Zyklus</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Process time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation>Kumulierte %C&amp;A</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Counted teams</source>
        <translation>Gezählte Teams</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>No findings for this stream.</source>
        <translation>Keine Erkenntnisse zu diesem Wertstrom.</translation>
    </message>
    <message>
        <source>Value Stream Card</source>
        <translation>Wertstrom-Steckbrief</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Erkenntnisse (%1)</translation>
    </message>
    <message>
        <source>COMPARISON</source>
        <translation>VERGLEICH</translation>
    </message>
    <message>
        <source>“%1” compared with its baseline “%2”. Green is better, red is worse.</source>
        <translation>„%1“ verglichen mit der Ausgangskarte „%2“. Grün ist besser, Rot ist schlechter.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <source>removed in the future state</source>
        <translation>im Soll-Zustand entfernt</translation>
    </message>
    <message>
        <source>new in the future state</source>
        <translation>neu im Soll-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Before and after in charts</source>
        <translation>Vorher und nachher in Diagrammen</translation>
    </message>
    <message>
        <source>Lead time per stream</source>
        <translation>Durchlaufzeit je Wertstrom</translation>
    </message>
    <message>
        <source>Days (%1-hour days)</source>
        <translation>Tage (Tage zu %1 Stunden)</translation>
    </message>
    <message>
        <source>Handoffs per stream</source>
        <translation>Übergaben je Wertstrom</translation>
    </message>
    <message>
        <source>Hops per stream</source>
        <translation>Hops je Wertstrom</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (Soll-Zustand)</translation>
    </message>
    <message>
        <source>%1 (current state)</source>
        <translation>%1 (Ist-Zustand)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>1 action: %1 open, %2 done</source>
        <translation>1 Maßnahme: %1 offen, %2 erledigt</translation>
    </message>
    <message>
        <source>%1 actions: %2 open, %3 done</source>
        <translation>%1 Maßnahmen: %2 offen, %3 erledigt</translation>
    </message>
    <message>
        <source>%1 overdue on %2</source>
        <translation>%1 am %2 überfällig</translation>
    </message>
    <message>
        <source>ROADMAP</source>
        <translation>UMSETZUNG</translation>
    </message>
    <message>
        <source>Action roadmap</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Erkenntnis: %1</translation>
    </message>
    <message>
        <source>Finding no longer raised: %1</source>
        <translation>Erkenntnis nicht mehr gemeldet: %1</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>Flow of %1</source>
        <translation>Fluss von %1</translation>
    </message>
    <message>
        <source>Flow of “%1”, measured from its work items</source>
        <translation>Fluss von „%1“, gemessen an seinen Arbeitseinheiten</translation>
    </message>
    <message>
        <source>Flow time of the items done</source>
        <translation>Flusszeit der erledigten Einheiten</translation>
    </message>
    <message>
        <source>Cumulative flow</source>
        <translation>Kumulativer Fluss</translation>
    </message>
    <message>
        <source>Work-item aging</source>
        <translation>Alter der Arbeitseinheiten</translation>
    </message>
    <message>
        <source>Done per week</source>
        <translation>Erledigt je Woche</translation>
    </message>
</context>
<context>
    <name>sb::facilitation</name>
    <message>
        <source>Form team “%1”</source>
        <translation>Team „%1“ bilden</translation>
    </message>
    <message>
        <source>Disband team “%1”</source>
        <translation>Team „%1“ auflösen</translation>
    </message>
    <message>
        <source>Create stream “%1”</source>
        <translation>Wertstrom „%1“ anlegen</translation>
    </message>
    <message>
        <source>Find an owner for stream “%1”</source>
        <translation>Zuständiges Team für Wertstrom „%1“ finden</translation>
    </message>
    <message>
        <source>Hand stream “%1” to team %2</source>
        <translation>Wertstrom „%1“ an Team %2 übergeben</translation>
    </message>
    <message>
        <source>Retire stream “%1”</source>
        <translation>Wertstrom „%1“ stilllegen</translation>
    </message>
    <message>
        <source>Add stage “%1” to “%2”</source>
        <translation>Stufe „%1“ in „%2“ einführen</translation>
    </message>
    <message>
        <source>Move “%1” to stream “%2” and team %3</source>
        <translation>„%1“ in Wertstrom „%2“ und zu Team %3 verlagern</translation>
    </message>
    <message>
        <source>Move “%1” to stream “%2”</source>
        <translation>„%1“ in Wertstrom „%2“ verlagern</translation>
    </message>
    <message>
        <source>Move “%1” to team %2</source>
        <translation>„%1“ zu Team %2 verlagern</translation>
    </message>
    <message>
        <source>Find an owner for “%1”</source>
        <translation>Zuständiges Team für „%1“ finden</translation>
    </message>
    <message>
        <source>Retire stage “%1”</source>
        <translation>Stufe „%1“ abschaffen</translation>
    </message>
    <message>
        <source>Set up capability “%1”</source>
        <translation>Fähigkeit „%1“ aufbauen</translation>
    </message>
    <message>
        <source>Find an owner for capability “%1”</source>
        <translation>Zuständiges Team für Fähigkeit „%1“ finden</translation>
    </message>
    <message>
        <source>Move capability “%1” to team %2</source>
        <translation>Fähigkeit „%1“ zu Team %2 verlagern</translation>
    </message>
    <message>
        <source>Stop providing “%1” through stream “%2”</source>
        <translation>„%1“ nicht mehr über Wertstrom „%2“ bereitstellen</translation>
    </message>
    <message>
        <source>Provide “%1” through stream “%2”</source>
        <translation>„%1“ über Wertstrom „%2“ bereitstellen</translation>
    </message>
    <message>
        <source>Retire capability “%1”</source>
        <translation>Fähigkeit „%1“ stilllegen</translation>
    </message>
    <message>
        <source>Answer the “%1” finding</source>
        <translation>Auf die Erkenntnis „%1“ reagieren</translation>
    </message>
    <message>
        <source>Carry out the kaizen burst</source>
        <translation>Kaizen-Blitz umsetzen</translation>
    </message>
    <message>
        <source>Starts at “%1”, finishes at “%2”, with 1 proof point in the grid of “%3”.</source>
        <translation>Beginnt bei „%1“, endet bei „%2“, mit 1 Nachweis im Raster von „%3“.</translation>
    </message>
    <message>
        <source>Starts at “%1”, finishes at “%2”, with %3 proof points in the grid of “%4”.</source>
        <translation>Beginnt bei „%1“, endet bei „%2“, mit %3 Nachweisen im Raster von „%4“.</translation>
    </message>
    <message>
        <source>a trigger on the card</source>
        <translation>ein Auslöser im Steckbrief</translation>
    </message>
    <message>
        <source>a finish line on the card</source>
        <translation>eine Ziellinie im Steckbrief</translation>
    </message>
    <message>
        <source>a customer slice, whose grid holds the proof points</source>
        <translation>ein Kundensegment, dessen Raster die Nachweise enthält</translation>
    </message>
    <message>
        <source>a grid cell of “%1” with both an outcome and a metric</source>
        <translation>eine Rasterzelle von „%1“ mit Ergebnis und Kennzahl</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Noch offen: %1.</translation>
    </message>
    <message>
        <source>Serves “%1”, judged by one north-star metric: “%2”.</source>
        <translation>Dient „%1“, gemessen an einer Nordstern-Kennzahl: „%2“.</translation>
    </message>
    <message>
        <source>who it serves (a customer slice, or the card&apos;s For)</source>
        <translation>wem er dient (ein Kundensegment oder „Für“ im Steckbrief)</translation>
    </message>
    <message>
        <source>a north-star metric</source>
        <translation>eine Nordstern-Kennzahl</translation>
    </message>
    <message>
        <source>The north star names several measures: keep one and move the others to the supporting metrics.</source>
        <translation>Der Nordstern nennt mehrere Kennzahlen: Behalten Sie eine und verschieben Sie die anderen zu den unterstützenden Kennzahlen.</translation>
    </message>
    <message>
        <source>Time integrity</source>
        <translation>Zeitliche Klarheit</translation>
    </message>
    <message>
        <source>Customer clarity</source>
        <translation>Kundenklarheit</translation>
    </message>
    <message>
        <source>Policy and SLA deltas</source>
        <translation>Abweichende Richtlinien/SLAs</translation>
    </message>
    <message>
        <source>Cadence and learning</source>
        <translation>Takt und Lernen</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Wirkungsradius</translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation>Einfachheit</translation>
    </message>
    <message>
        <source>It has a clear start and a clear finish, and the grid shows how each step proves it worked.</source>
        <translation>Er hat einen klaren Anfang und ein klares Ende, und das Raster zeigt, wie jeder Schritt seinen Erfolg belegt.</translation>
    </message>
    <message>
        <source>It serves one specific segment, persona or job and is judged by one north-star metric.</source>
        <translation>Er dient einem bestimmten Segment, einer Persona oder einer Aufgabe und wird an einer Nordstern-Kennzahl gemessen.</translation>
    </message>
    <message>
        <source>Its obligations (policies, SLAs, regulation) differ enough from the others&apos; to justify its own stream.</source>
        <translation>Seine Verpflichtungen (Richtlinien, SLAs, Regulierung) unterscheiden sich so deutlich von denen der anderen, dass sie einen eigenen Wertstrom rechtfertigen.</translation>
    </message>
    <message>
        <source>It changes at its own rhythm or with its own appetite for risk, so sharing a cadence would slow one side down.</source>
        <translation>Er ändert sich in eigenem Rhythmus oder mit eigener Risikobereitschaft; ein gemeinsamer Takt würde eine Seite bremsen.</translation>
    </message>
    <message>
        <source>When something in it fails, the failure stays inside the stream.</source>
        <translation>Wenn darin etwas ausfällt, bleibt der Fehler innerhalb des Wertstroms.</translation>
    </message>
    <message>
        <source>Someone new to the map could explain this stream&apos;s place in it in under a minute.</source>
        <translation>Wer die Karte nicht kennt, könnte den Platz dieses Wertstroms darin in unter einer Minute erklären.</translation>
    </message>
</context>
<context>
    <name>sb::fields</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>value delivered</source>
        <translation>gelieferter Wert</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>divergent</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>owner team</source>
        <translation>zuständiges Team</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>done items</source>
        <translation>erledigte Einheiten</translation>
    </message>
    <message>
        <source>items in progress</source>
        <translation>Einheiten in Arbeit</translation>
    </message>
    <message>
        <source>decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <source>journey step</source>
        <translation>Journey-Schritt</translation>
    </message>
    <message>
        <source>process time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>%C&amp;A</source>
        <translation>%C&amp;A</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>provided by</source>
        <translation>bereitgestellt von</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>about</source>
        <translation>betrifft</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>Arbeitstag</translation>
    </message>
    <message>
        <source>teams to coordinate, at most</source>
        <translation>abzustimmende Teams, höchstens</translation>
    </message>
    <message>
        <source>shared-service streams, from</source>
        <translation>Wertströme für Shared Service, ab</translation>
    </message>
    <message>
        <source>team size, minimum</source>
        <translation>Teamgröße, Minimum</translation>
    </message>
    <message>
        <source>team size, maximum</source>
        <translation>Teamgröße, Maximum</translation>
    </message>
    <message>
        <source>required roles</source>
        <translation>Pflichtrollen</translation>
    </message>
    <message>
        <source>no material divergence</source>
        <translation>keine wesentliche Abweichung</translation>
    </message>
    <message>
        <source>features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>role “%1”</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>card field “%1”</source>
        <translation>Steckbrief-Feld „%1“</translation>
    </message>
    <message>
        <source>done %1</source>
        <extracomment>A count in a stream&apos;s Flow items: &quot;done features&quot;</extracomment>
        <translation>erledigte %1</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <extracomment>A count in a stream&apos;s Flow items: &quot;features in progress&quot;</extracomment>
        <translation>%1 in Arbeit</translation>
    </message>
    <message>
        <source>note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>decision criterion “%1”</source>
        <translation>Entscheidungskriterium „%1“</translation>
    </message>
    <message>
        <source>timebox for “%1”</source>
        <translation>Zeitbox für „%1“</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Finish line</source>
        <translation>Ziellinie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>North-star metric</source>
        <translation>Nordstern-Kennzahl</translation>
    </message>
    <message>
        <source>Supporting metrics</source>
        <translation>Unterstützende Kennzahlen</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>Einnahmequellen</translation>
    </message>
    <message>
        <source>Policies, SLAs, constraints</source>
        <translation>Richtlinien, SLAs, Einschränkungen</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Besitzt</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>Stützt sich auf</translation>
    </message>
    <message>
        <source>Capabilities and systems</source>
        <translation>Fähigkeiten und Systeme</translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation>Schnittstellen und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Risks and failure modes</source>
        <translation>Risiken und Fehlerarten</translation>
    </message>
    <message>
        <source>work items</source>
        <translation>Arbeitseinheiten</translation>
    </message>
</context>
<context>
    <name>sb::files</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Untitled workshop %1</source>
        <translation>Unbenannter Workshop %1</translation>
    </message>
    <message>
        <source>this workshop has no file to copy</source>
        <translation>dieser Workshop hat keine Datei, die kopiert werden könnte</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>sb::json</name>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>duplicate id %1, already used by %2</source>
        <translation>doppelte ID %1, bereits verwendet von %2</translation>
    </message>
    <message>
        <source>a second cell for slice %1 and step %2, first given at %3</source>
        <translation>eine zweite Zelle für Kundensegment %1 und Schritt %2, zuerst angegeben bei %3</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>es gibt kein Element vom Typ %1 mit der ID %2</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3</source>
        <translation>%1 ist vom Typ %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 is a customer stream; only a supporting stream provides a capability</source>
        <translation>%1 ist ein Kunden-Wertstrom; nur ein unterstützender Wertstrom stellt eine Fähigkeit bereit</translation>
    </message>
    <message>
        <source>stage %1 is in stream %2 but stage %3 is in stream %4; a flow joins stages of one stream, what crosses streams is a dependency</source>
        <translation>Stufe %1 gehört zu Wertstrom %2, aber Stufe %3 zu Wertstrom %4; ein Fluss verbindet Stufen eines Wertstroms, was Wertströme überquert, ist eine Abhängigkeit</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>an id cannot be empty</source>
        <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it as #rrggbb or #rgb</source>
        <translation>%1 ist keine Farbe; schreiben Sie sie als #rrggbb oder #rgb</translation>
    </message>
    <message>
        <source>%1: a duration cannot be negative</source>
        <translation>%1: Eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a number of seconds or a string like &quot;4h&quot;</source>
        <translation>eine Anzahl Sekunden oder eine Zeichenkette wie &quot;4h&quot;</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet: ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 is not a number of hours above 0 and at most 24</source>
        <translation>%1 ist keine Stundenzahl über 0 und höchstens 24</translation>
    </message>
    <message>
        <source>%1 is larger than teamSizeMax %2</source>
        <translation>%1 ist größer als teamSizeMax %2</translation>
    </message>
    <message>
        <source>required when %1 is given</source>
        <translation>erforderlich, wenn %1 angegeben ist</translation>
    </message>
    <message>
        <source>give leadTime or waitTime, not both</source>
        <translation>geben Sie leadTime oder waitTime an, nicht beides</translation>
    </message>
    <message>
        <source>%1 is not a percentage from 0 to 100</source>
        <translation>%1 ist kein Prozentwert von 0 bis 100</translation>
    </message>
    <message>
        <source>a map cannot be its own baseline</source>
        <translation>eine Karte kann nicht ihre eigene Ausgangskarte sein</translation>
    </message>
    <message>
        <source>no map named %1 in this workshop</source>
        <translation>keine Karte namens %1 in diesem Workshop</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected an object at the top level, found %1</source>
        <translation>erwartet: ein Objekt auf oberster Ebene, gefunden: %1</translation>
    </message>
    <message>
        <source>expected “streamboard”, found %1</source>
        <translation>erwartet: „streamboard“, gefunden: %1</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>nicht unterstützte Version %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>expected a name, found %1</source>
        <translation>erwartet: ein Name, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 is not one of the roles</source>
        <translation>%1 ist keine der Rollen</translation>
    </message>
    <message>
        <source>a timebox must be longer than 0</source>
        <translation>eine Zeitbox muss länger als 0 sein</translation>
    </message>
    <message>
        <source>%1 is not one of the map&apos;s roles (settings.roles)</source>
        <translation>%1 ist keine der Rollen der Karte (settings.roles)</translation>
    </message>
    <message>
        <source>%1 differs from the %2 people of its roles</source>
        <translation>%1 weicht von den %2 Personen seiner Rollen ab</translation>
    </message>
    <message>
        <source>%1 is not a date like &quot;2026-03-31&quot;</source>
        <translation>%1 ist kein Datum wie &quot;2026-03-31&quot;</translation>
    </message>
    <message>
        <source>expected an id, found %1</source>
        <translation>erwartet: eine ID, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet: eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>a NUL byte at byte %1; a text file holds none</source>
        <translation>ein NUL-Byte bei Byte %1; eine Textdatei enthält keines</translation>
    </message>
    <message>
        <source>nested deeper than %1 objects and arrays</source>
        <translation>tiefer verschachtelt als %1 Objekte und Arrays</translation>
    </message>
    <message>
        <source>a list may have at most %1 items</source>
        <translation>eine Liste darf höchstens %1 Einträge haben</translation>
    </message>
    <message>
        <source>a NUL character (\u0000) at byte %1; text may not hold one</source>
        <translation>ein NUL-Zeichen (\u0000) bei Byte %1; Text darf keines enthalten</translation>
    </message>
    <message>
        <source>a text of %1 bytes; a text may have at most %2</source>
        <translation>ein Text mit %1 Bytes; ein Text darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>the key %1 is given twice in one object</source>
        <translation>der Schlüssel %1 steht zweimal in einem Objekt</translation>
    </message>
    <message>
        <source>duplicate map name %1, already used by %2</source>
        <translation>doppelter Kartenname %1, bereits verwendet von %2</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>cell of slice %1 and step %2</source>
        <translation>Zelle von Kundensegment %1 und Schritt %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 holds a NUL character</source>
        <translation>%1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1 seconds: a duration cannot be longer than 100 years (%2 seconds)</source>
        <translation>%1 Sekunden: Eine Dauer kann nicht länger als 100 Jahre sein (%2 Sekunden)</translation>
    </message>
    <message>
        <source>%1 is not a number of days above 0 and at most %2</source>
        <translation>%1 ist keine Zahl von Tagen über 0 und höchstens %2</translation>
    </message>
    <message>
        <source>the baselines go round in a loop: %1</source>
        <translation>die Ausgangskarten bilden einen Kreis: %1</translation>
    </message>
    <message>
        <source>the file has more than %1 bytes (%2 MiB), the most an interchange file may have</source>
        <translation>die Datei hat mehr als %1 Bytes (%2 MiB), mehr darf eine Austauschdatei nicht haben</translation>
    </message>
    <message>
        <source>expected “%1”, found %2</source>
        <translation>erwartet: „%1“, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 is not one of the states</source>
        <translation>%1 ist keiner der Zustände</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date or date-time</source>
        <translation>%1 ist kein Datum oder Zeitpunkt nach ISO 8601</translation>
    </message>
    <message>
        <source>duplicate work item id %1</source>
        <translation>doppelte ID einer Arbeitseinheit: %1</translation>
    </message>
    <message>
        <source>has %1 dates for %2 states</source>
        <translation>hat %1 Daten für %2 Zustände</translation>
    </message>
    <message>
        <source>%1 is earlier than the date of an earlier state</source>
        <translation>%1 liegt vor dem Datum eines früheren Zustands</translation>
    </message>
</context>
<context>
    <name>sb::panels</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer slice</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>Journey step</source>
        <translation>Journey-Schritt</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Rasterzelle</translation>
    </message>
    <message>
        <source>Value stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Stream-aligned</source>
        <translation>Stream-aligned</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation>Enabling</translation>
    </message>
    <message>
        <source>Complicated subsystem</source>
        <translation>Complicated Subsystem</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Haftnotiz</translation>
    </message>
    <message>
        <source>Kaizen burst</source>
        <translation>Kaizen-Blitz</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Which customers, segments or jobs it serves</source>
        <translation>Welchen Kunden, Segmenten oder Aufgaben er dient</translation>
    </message>
    <message>
        <source>What starts the stream</source>
        <translation>Was den Wertstrom auslöst</translation>
    </message>
    <message>
        <source>When value is realised</source>
        <translation>Wann der Wert realisiert ist</translation>
    </message>
    <message>
        <source>We win when … happens for …</source>
        <translation>Wir gewinnen, wenn … für … eintritt</translation>
    </message>
    <message>
        <source>The one measure of success</source>
        <translation>Das eine Erfolgsmaß</translation>
    </message>
    <message>
        <source>Measures that explain the north star</source>
        <translation>Kennzahlen, die den Nordstern erklären</translation>
    </message>
    <message>
        <source>How this stream makes money, if it does</source>
        <translation>Wie dieser Wertstrom Geld verdient, falls überhaupt</translation>
    </message>
    <message>
        <source>Rules, service levels and limits it works under</source>
        <translation>Regeln, Service-Level und Grenzen, unter denen er arbeitet</translation>
    </message>
    <message>
        <source>What this stream owns outright</source>
        <translation>Was dieser Wertstrom ganz besitzt</translation>
    </message>
    <message>
        <source>What it uses from others</source>
        <translation>Was er von anderen nutzt</translation>
    </message>
    <message>
        <source>Key capabilities and systems, owned or used</source>
        <translation>Wichtige Fähigkeiten und Systeme, eigene oder genutzte</translation>
    </message>
    <message>
        <source>Contracts with other streams and services</source>
        <translation>Vereinbarungen mit anderen Wertströmen und Diensten</translation>
    </message>
    <message>
        <source>How it typically fails</source>
        <translation>Wie er typischerweise scheitert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>future</source>
        <extracomment>The word that names a map&apos;s state in &quot;Future state&quot; and &quot;%1 (future)&quot;</extracomment>
        <translation>Soll</translation>
    </message>
    <message>
        <source>current</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>%1 (future)</source>
        <translation>%1 (Soll)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (Ist)</translation>
    </message>
</context>
<context>
    <name>sb::panels::ActionForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation>&amp;Zuständiges Team</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Nothing linked</source>
        <translation>Nichts verknüpft</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Keine Erkenntnis</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 Erkenntnis</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>sb::panels::AgendaPanel</name>
    <message>
        <source>No material divergence</source>
        <translation>Keine wesentliche Abweichung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>The room looked across the slices and found no fork worth a stream of its own</source>
        <translation>Die Runde hat die Kundensegmente verglichen und keine Verzweigung gefunden, die einen eigenen Wertstrom rechtfertigt</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Zeitbox</translation>
    </message>
    <message>
        <source>Time left in this step; after the end, the overtime</source>
        <translation>Restzeit in diesem Schritt; nach dem Ende die überzogene Zeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How long the room gives this step; stored in the map</source>
        <translation>Wie lange sich die Runde für diesen Schritt Zeit nimmt; wird in der Karte gespeichert</translation>
    </message>
    <message>
        <source>Timebox duration</source>
        <translation>Dauer der Zeitbox</translation>
    </message>
    <message>
        <source>Start or pause this step&apos;s timer (F6)</source>
        <translation>Timer dieses Schritts starten oder anhalten (F6)</translation>
    </message>
    <message>
        <source>Back to the full timebox</source>
        <translation>Zurück zur vollen Zeitbox</translation>
    </message>
    <message>
        <source>Five more minutes for this step, until it is reset</source>
        <translation>Fünf Minuten mehr für diesen Schritt, bis er zurückgesetzt wird</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>sb::panels::CapabilityForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation>&amp;Zuständiges Team</translation>
    </message>
    <message>
        <source>S&amp;LA</source>
        <translation>S&amp;LA</translation>
    </message>
    <message>
        <source>e.g. 99.9% uptime, answers within a day</source>
        <translation>z. B. 99,9 % Verfügbarkeit, Antwort innerhalb eines Tages</translation>
    </message>
    <message>
        <source>&amp;Provided by</source>
        <translation>&amp;Bereitgestellt von</translation>
    </message>
    <message>
        <source>The supporting stream that offers this capability as a service</source>
        <translation>Der unterstützende Wertstrom, der diese Fähigkeit als Dienst anbietet</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>sb::panels::CellForm</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;Intent</source>
        <translation>&amp;Absicht</translation>
    </message>
    <message>
        <source>What the customer is trying to do</source>
        <translation>Was der Kunde erreichen will</translation>
    </message>
    <message>
        <source>&amp;Value delivered</source>
        <translation>&amp;Gelieferter Wert</translation>
    </message>
    <message>
        <source>What they tangibly get</source>
        <translation>Was er greifbar bekommt</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>How you know the step worked</source>
        <translation>Woran Sie erkennen, dass der Schritt funktioniert hat</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Kennzahl</translation>
    </message>
    <message>
        <source>The single measure you track</source>
        <translation>Die eine Kennzahl, die Sie verfolgen</translation>
    </message>
    <message>
        <source>&amp;Divergent: the path truly forks here</source>
        <translation>&amp;Verzweigung: Der Weg gabelt sich hier wirklich</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>sb::panels::ColorField</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Drop the own colour and use the default</source>
        <translation>Eigene Farbe verwerfen und die Standardfarbe verwenden</translation>
    </message>
</context>
<context>
    <name>sb::panels::ComparisonChart</name>
    <message>
        <source>Current</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Soll</translation>
    </message>
</context>
<context>
    <name>sb::panels::ComparisonPanel</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Wertstrom:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Lead time per stream</source>
        <translation>Durchlaufzeit je Wertstrom</translation>
    </message>
    <message>
        <source>Handoffs per stream</source>
        <translation>Übergaben je Wertstrom</translation>
    </message>
    <message>
        <source>Hops per stream</source>
        <translation>Hops je Wertstrom</translation>
    </message>
    <message>
        <source>This future-state map was derived from “%1”, which is no longer in this workshop, so there is nothing to compare it with.</source>
        <translation>Dieser Soll-Zustand wurde aus „%1“ abgeleitet, das nicht mehr in diesem Workshop ist; es gibt also nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Derive a future-state map (Map → Derive future-state map) to compare it with its current state.</source>
        <translation>Leiten Sie einen Soll-Zustand ab (Karte → Soll-Zustand ableiten), um ihn mit dem Ist-Zustand zu vergleichen.</translation>
    </message>
    <message>
        <source>“%1” compared with “%2”</source>
        <translation>„%1“ verglichen mit „%2“</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
    <message>
        <source>Before is the stream in “%1”, after in this map.</source>
        <translation>Vorher ist der Wertstrom in „%1“, nachher in dieser Karte.</translation>
    </message>
    <message>
        <source>Whole map: times are summed over the streams that have a lead time, flow efficiency is total process ÷ total lead time, rolled %C&amp;A is the streams&apos; mean, and handoffs, hops, violations and teams are summed over the streams.</source>
        <translation>Ganze Karte: Die Zeiten sind über die Wertströme mit Durchlaufzeit summiert, die Flusseffizienz ist gesamte Bearbeitungszeit ÷ gesamte Durchlaufzeit, die kumulierte %C&amp;A ist der Mittelwert der Wertströme, und Übergaben, Hops, Verstöße und Teams sind über die Wertströme summiert.</translation>
    </message>
    <message>
        <source>Left out of the times (flows in a circle): %1 before, %2 after.</source>
        <translation>Bei den Zeiten ausgelassen (Flüsse im Kreis): %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>Hours (%1-hour days)</source>
        <translation>Stunden (Tage zu %1 Stunden)</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Process time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation>Kumulierte %C&amp;A</translation>
    </message>
    <message>
        <source>One-hop violations</source>
        <translation>Verstöße gegen die Ein-Hop-Regel</translation>
    </message>
    <message>
        <source>Dependency cycles</source>
        <translation>Abhängigkeits­zyklen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>stream removed</source>
        <translation>Wertstrom entfernt</translation>
    </message>
    <message>
        <source>new stream</source>
        <translation>neuer Wertstrom</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Shown for this current state: “%1”, the future-state map derived from it.</source>
        <translation>Für diesen Ist-Zustand gezeigt: „%1“, der daraus abgeleitete Soll-Zustand.</translation>
    </message>
    <message>
        <source>Shown for this current state: “%1”, the first of the %2 future-state maps derived from it (each has its own tab).</source>
        <translation>Für diesen Ist-Zustand gezeigt: „%1“, der erste der %2 daraus abgeleiteten Soll-Zustände (jeder hat seinen eigenen Reiter).</translation>
    </message>
</context>
<context>
    <name>sb::panels::DependencyForm</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
</context>
<context>
    <name>sb::panels::DurationField</name>
    <message>
        <source>e.g. 45m, 4h, 1d 4h</source>
        <translation>z. B. 45 Min., 4 Std., 1 Tag 4 Std.</translation>
    </message>
</context>
<context>
    <name>sb::panels::FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 handoffs</source>
        <translation>%1: %2 von %3 Übergaben</translation>
    </message>
    <message>
        <source>%1: 1 handoff</source>
        <translation>%1: 1 Übergabe</translation>
    </message>
    <message>
        <source>%1: %2 handoffs</source>
        <translation>%1: %2 Übergaben</translation>
    </message>
    <message>
        <source>The handoffs between teams along “%1”. Select to show the stream; expand to list them.</source>
        <translation>Die Übergaben zwischen Teams entlang „%1“. Auswählen zeigt den Wertstrom, Aufklappen listet sie.</translation>
    </message>
</context>
<context>
    <name>sb::panels::FindingsPanel</name>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Filter by text or rule</source>
        <translation>Nach Text oder Regel filtern</translation>
    </message>
    <message>
        <source>No map to check.</source>
        <translation>Keine Karte zum Prüfen.</translation>
    </message>
    <message>
        <source>No findings: the map passes every check.</source>
        <translation>Keine Erkenntnisse: Die Karte besteht jede Prüfung.</translation>
    </message>
    <message>
        <source>No findings match the filter.</source>
        <translation>Keine Erkenntnisse passen zum Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the errors</source>
        <translation>Fehler ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the warnings</source>
        <translation>Warnungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the info</source>
        <translation>Hinweise ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Create action for this finding</source>
        <translation>Maßnahme zu dieser Erkenntnis anlegen</translation>
    </message>
    <message>
        <source>Nothing to check yet: add a stream and its stages.</source>
        <translation>Noch nichts zu prüfen: Fügen Sie einen Wertstrom und seine Stufen hinzu.</translation>
    </message>
</context>
<context>
    <name>sb::panels::FlowDistributionChart</name>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>in the streams&apos; periods</source>
        <translation>in den Zeiträumen der Wertströme</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>an einem Tag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Velocity&lt;/b&gt; nothing done %1; enter the stream&apos;s flow items in the inspector.</source>
        <translation>&lt;b&gt;Geschwindigkeit&lt;/b&gt; nichts erledigt %1; erfassen Sie die Flusseinheiten des Wertstroms in den Eigenschaften.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Velocity&lt;/b&gt; %1 %2, %3 a week %4</source>
        <translation>&lt;b&gt;Geschwindigkeit&lt;/b&gt; %1 %2, %3 pro Woche %4</translation>
    </message>
    <message>
        <source>1 item done</source>
        <translation>1 Einheit erledigt</translation>
    </message>
    <message>
        <source>%1 items done</source>
        <translation>%1 Einheiten erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load&lt;/b&gt; 1 item in progress</source>
        <translation>&lt;b&gt;Last&lt;/b&gt; 1 Einheit in Arbeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load&lt;/b&gt; %1 items in progress</source>
        <translation>&lt;b&gt;Last&lt;/b&gt; %1 Einheiten in Arbeit</translation>
    </message>
    <message>
        <source>features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Measured from the stream&apos;s work items.</source>
        <translation>Gemessen an den Arbeitseinheiten des Wertstroms.</translation>
    </message>
</context>
<context>
    <name>sb::panels::FlowForm</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
</context>
<context>
    <name>sb::panels::HeadlineCards</name>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Process time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation>Kumulierte %C&amp;A</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Elapsed time from start to finish along the critical path</source>
        <translation>Verstrichene Zeit von Anfang bis Ende entlang des kritischen Pfads</translation>
    </message>
    <message>
        <source>Time spent working along the critical path</source>
        <translation>Arbeitszeit entlang des kritischen Pfads</translation>
    </message>
    <message>
        <source>Process time ÷ lead time</source>
        <translation>Bearbeitungszeit ÷ Durchlaufzeit</translation>
    </message>
    <message>
        <source>The share of work that passes every stage complete and accurate</source>
        <translation>Der Anteil der Arbeit, der jede Stufe vollständig und korrekt durchläuft</translation>
    </message>
    <message>
        <source>Flows between stages owned by different teams</source>
        <translation>Flüsse zwischen Stufen verschiedener Teams</translation>
    </message>
    <message>
        <source>No stream has a lead time: flows go round in a circle</source>
        <translation>Kein Wertstrom hat eine Durchlaufzeit: Die Flüsse laufen im Kreis</translation>
    </message>
    <message>
        <source>Flows go round in a circle</source>
        <translation>Die Flüsse laufen im Kreis</translation>
    </message>
    <message>
        <source>Sum over 1 stream</source>
        <translation>Summe über 1 Wertstrom</translation>
    </message>
    <message>
        <source>Sum over %1 streams</source>
        <translation>Summe über %1 Wertströme</translation>
    </message>
    <message>
        <source>%1 left out (flows in a circle)</source>
        <translation>%1 ausgelassen (Flüsse im Kreis)</translation>
    </message>
    <message>
        <source>Critical path of 1 stage</source>
        <translation>Kritischer Pfad aus 1 Stufe</translation>
    </message>
    <message>
        <source>Critical path of %1 stages</source>
        <translation>Kritischer Pfad aus %1 Stufen</translation>
    </message>
    <message>
        <source>Work along the critical path</source>
        <translation>Arbeit entlang des kritischen Pfads</translation>
    </message>
    <message>
        <source>Total process ÷ total lead time</source>
        <translation>Gesamte Bearbeitungs- ÷ gesamte Durchlaufzeit</translation>
    </message>
    <message>
        <source>Process ÷ lead time</source>
        <translation>Bearbeitungs- ÷ Durchlaufzeit</translation>
    </message>
    <message>
        <source>Mean over the streams</source>
        <translation>Mittelwert über die Wertströme</translation>
    </message>
    <message>
        <source>Complete &amp; accurate at every stage</source>
        <translation>Vollständig und korrekt in jeder Stufe</translation>
    </message>
    <message>
        <source>Summed over the streams</source>
        <translation>Über die Wertströme summiert</translation>
    </message>
    <message>
        <source>Changes of owning team</source>
        <translation>Wechsel des zuständigen Teams</translation>
    </message>
    <message>
        <source>Most in one stream; aim for 1 at most</source>
        <translation>Höchstwert in einem Wertstrom; Ziel: höchstens 1</translation>
    </message>
    <message>
        <source>Aim for 1 at most</source>
        <translation>Ziel: höchstens 1</translation>
    </message>
    <message>
        <source>Hops to the farthest team</source>
        <translation>Hops zum entferntesten Team</translation>
    </message>
    <message>
        <source>Hops to the farthest team: %1</source>
        <translation>Hops zum entferntesten Team: %1</translation>
    </message>
    <message>
        <source>Distinct teams on the streams</source>
        <translation>Verschiedene Teams in den Wertströmen</translation>
    </message>
    <message>
        <source>Teams to coordinate with</source>
        <translation>Teams, mit denen abzustimmen ist</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No stream has a stage yet</source>
        <translation>Noch kein Wertstrom hat eine Stufe</translation>
    </message>
    <message>
        <source>No stage yet</source>
        <translation>Noch keine Stufe</translation>
    </message>
    <message>
        <source>No lead time to divide by</source>
        <translation>Ohne Durchlaufzeit nicht zu berechnen</translation>
    </message>
</context>
<context>
    <name>sb::panels::InspectorPanel</name>
    <message>
        <source>No map open</source>
        <translation>Keine Karte geöffnet</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>sb::panels::LegendPanel</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>sb::panels::MapInfoForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangskarte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>The map this future-state map was derived from</source>
        <translation>Die Karte, aus der dieser Soll-Zustand abgeleitet wurde</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Dauern</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours in a day when times are typed and shown in days; a week has 5 days below 24 h and 7 at 24 h. Stored times do not change.</source>
        <translation>Stunden pro Tag, wenn Zeiten in Tagen eingegeben und angezeigt werden; eine Woche hat unter 24 Std. 5 Tage und bei 24 Std. 7. Gespeicherte Zeiten ändern sich nicht.</translation>
    </message>
    <message>
        <source>&amp;Working day</source>
        <translation>&amp;Arbeitstag</translation>
    </message>
    <message>
        <source>Analysis thresholds</source>
        <translation>Schwellenwerte der Analyse</translation>
    </message>
    <message>
        <source>Teams to &amp;coordinate, at most</source>
        <translation>Abzustimmende &amp;Teams, höchstens</translation>
    </message>
    <message>
        <source>More teams than this on one stream&apos;s changes is flagged</source>
        <translation>Mehr Teams bei den Änderungen eines Wertstroms werden gemeldet</translation>
    </message>
    <message>
        <source>Shared-service &amp;streams, from</source>
        <translation>&amp;Wertströme für Shared Service, ab</translation>
    </message>
    <message>
        <source>A capability this many streams depend on is a shared service</source>
        <translation>Eine Fähigkeit, von der so viele Wertströme abhängen, ist ein Shared Service</translation>
    </message>
    <message>
        <source>Team size, &amp;minimum</source>
        <translation>Teamgröße, &amp;Minimum</translation>
    </message>
    <message>
        <source>Smaller teams are flagged</source>
        <translation>Kleinere Teams werden gemeldet</translation>
    </message>
    <message>
        <source>Team size, ma&amp;ximum</source>
        <translation>Teamgröße, Ma&amp;ximum</translation>
    </message>
    <message>
        <source>Larger teams are flagged</source>
        <translation>Größere Teams werden gemeldet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Teams: %1 · Streams: %2 · Stages: %3 · Capabilities: %4</source>
        <translation>Teams: %1 · Wertströme: %2 · Stufen: %3 · Fähigkeiten: %4</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The roles teams list with their headcounts. Required roles are the ones every customer stream&apos;s teams need between them.</source>
        <translation>Die Rollen, die Teams mit ihrer Personenzahl angeben. Pflichtrollen müssen die Teams jedes Kunden-Wertstroms gemeinsam abdecken.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>The map has a role “%1” already</source>
        <translation>Die Karte hat bereits eine Rolle „%1“</translation>
    </message>
    <message>
        <source>Add role “%1”</source>
        <translation>Rolle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Every customer stream&apos;s counted teams need someone in this role</source>
        <translation>Die gezählten Teams jedes Kunden-Wertstroms brauchen jemanden in dieser Rolle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the role from the map and from every team that lists it</source>
        <translation>Die Rolle aus der Karte und aus jedem Team entfernen, das sie führt</translation>
    </message>
    <message>
        <source>Rename role “%1” to “%2”</source>
        <translation>Rolle „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Require role “%1”</source>
        <translation>Rolle „%1“ zur Pflichtrolle machen</translation>
    </message>
    <message>
        <source>Stop requiring role “%1”</source>
        <translation>Pflichtrolle „%1“ aufheben</translation>
    </message>
    <message>
        <source>Remove role “%1”</source>
        <translation>Rolle „%1“ entfernen</translation>
    </message>
    <message>
        <source>1d is %1 hours of work and 1w is %2 days (%3 hours).</source>
        <translation>1 T sind %1 Stunden Arbeit, 1 Wo. sind %2 Tage (%3 Stunden).</translation>
    </message>
</context>
<context>
    <name>sb::panels::MetricsPanel</name>
    <message>
        <source>Stream without an owner</source>
        <translation>Wertstrom ohne zuständiges Team</translation>
    </message>
    <message>
        <source>Stream owned by %1</source>
        <translation>Wertstrom von %1</translation>
    </message>
    <message>
        <source>Open a map to see its metrics.</source>
        <translation>Öffnen Sie eine Karte, um ihre Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>Flow distribution of the items done</source>
        <translation>Flussverteilung der erledigten Einheiten</translation>
    </message>
    <message>
        <source>Team load: handoffs in and out</source>
        <translation>Teamlast: Übergaben hinein und hinaus</translation>
    </message>
    <message>
        <source>Whole map: 1 stream. Select a stage to see its stream.</source>
        <translation>Ganze Karte: 1 Wertstrom. Wählen Sie eine Stufe, um ihren Wertstrom zu sehen.</translation>
    </message>
    <message>
        <source>Whole map: %1 streams. Select a stage to see its stream.</source>
        <translation>Ganze Karte: %1 Wertströme. Wählen Sie eine Stufe, um ihren Wertstrom zu sehen.</translation>
    </message>
    <message>
        <source>Wait and work per stream</source>
        <translation>Warten und Arbeit je Wertstrom</translation>
    </message>
    <message>
        <source>Wait and work per stage</source>
        <translation>Warten und Arbeit je Stufe</translation>
    </message>
</context>
<context>
    <name>sb::panels::NoteForm</name>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standardfarbe</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Maßnahme anlegen</translation>
    </message>
    <message>
        <source>Add an action to the roadmap that carries out this burst</source>
        <translation>Eine Maßnahme zum Maßnahmenplan hinzufügen, die diesen Kaizen-Blitz umsetzt</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Noch keine Maßnahme</translation>
    </message>
</context>
<context>
    <name>sb::panels::RoadmapDelegate</name>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
</context>
<context>
    <name>sb::panels::RoadmapModel</name>
    <message>
        <source>1 finding</source>
        <translation>1 Erkenntnis</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 Erkenntnisse</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sb::panels::RoadmapPanel</name>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No actions yet. Add one here, create one from a finding (right-click it) or a kaizen burst (in the inspector), or on a future-state map use Map → Turn changes into actions.</source>
        <translation>Noch keine Maßnahmen. Fügen Sie hier eine hinzu, legen Sie eine aus einer Erkenntnis (Rechtsklick darauf) oder einem Kaizen-Blitz (in den Eigenschaften) an, oder wählen Sie auf einer Karte im Soll-Zustand Karte → Änderungen in Maßnahmen umwandeln.</translation>
    </message>
    <message>
        <source>Add an action to this map&apos;s roadmap (Ctrl+Shift+A)</source>
        <translation>Eine Maßnahme zum Maßnahmenplan dieser Karte hinzufügen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Delete the picked action</source>
        <translation>Die gewählte Maßnahme löschen</translation>
    </message>
    <message>
        <source>Set the picked action&apos;s status</source>
        <translation>Den Status der gewählten Maßnahme setzen</translation>
    </message>
    <message>
        <source>Mark as planned</source>
        <translation>Als geplant markieren</translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation>Als in Arbeit markieren</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as dropped</source>
        <translation>Als verworfen markieren</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>Keine Karte geöffnet</translation>
    </message>
    <message>
        <source>1 action: %1 open, %2 done</source>
        <translation>1 Maßnahme: %1 offen, %2 erledigt</translation>
    </message>
    <message>
        <source>%1 actions: %2 open, %3 done</source>
        <translation>%1 Maßnahmen: %2 offen, %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
</context>
<context>
    <name>sb::panels::SliceForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Customer segment, persona or job</source>
        <translation>Kundensegment, Persona oder Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>We win when … happens for …</source>
        <translation>Wir gewinnen, wenn … für … eintritt</translation>
    </message>
</context>
<context>
    <name>sb::panels::StageForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation>&amp;Zuständiges Team</translation>
    </message>
    <message>
        <source>Journey &amp;step</source>
        <translation>Journey-&amp;Schritt</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <source>Time actually spent working on an item</source>
        <translation>Zeit, die tatsächlich an einer Einheit gearbeitet wird</translation>
    </message>
    <message>
        <source>&amp;Process time</source>
        <translation>&amp;Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Elapsed time from arrival to handing on, process time included</source>
        <translation>Verstrichene Zeit vom Eintreffen bis zur Weitergabe, einschließlich Bearbeitungszeit</translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation>&amp;Durchlaufzeit</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Percent complete and accurate: work the next stage can use as is</source>
        <translation>Prozent vollständig und korrekt: Arbeit, die die nächste Stufe unverändert nutzen kann</translation>
    </message>
    <message>
        <source>%&amp;C&amp;&amp;A</source>
        <translation>%&amp;C&amp;&amp;A</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Kein Schritt</translation>
    </message>
    <message>
        <source>Lead time is shorter than process time by %1</source>
        <translation>Die Durchlaufzeit ist um %1 kürzer als die Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Use measured time</source>
        <translation>Gemessene Zeit übernehmen</translation>
    </message>
    <message>
        <source>Set the lead time to the median time the stream&apos;s work items spent in this stage&apos;s state</source>
        <translation>Setzt die Durchlaufzeit auf den Median der Zeit, die die Arbeitseinheiten des Wertstroms im Zustand dieser Stufe verbracht haben</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>No work items are mapped to this stage (Stream → Import work items…)</source>
        <translation>Dieser Stufe sind keine Arbeitseinheiten zugeordnet (Wertstrom → Arbeitseinheiten importieren…)</translation>
    </message>
    <message>
        <source>No item done from %1 to %2 passed through “%3”</source>
        <translation>Keine von %1 bis %2 erledigte Einheit hat „%3“ durchlaufen</translation>
    </message>
    <message>
        <source>“%1”, %2 to %3: median %4, 85th percentile %5</source>
        <translation>„%1“, %2 bis %3: Median %4, 85. Perzentil %5</translation>
    </message>
</context>
<context>
    <name>sb::panels::StepForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>What the customer does at this step</source>
        <translation>Was der Kunde in diesem Schritt tut</translation>
    </message>
</context>
<context>
    <name>sb::panels::StreamForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation>&amp;Zuständiges Team</translation>
    </message>
    <message>
        <source>&amp;Slice</source>
        <translation>&amp;Kundensegment</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Value Stream Card</source>
        <translation>Wertstrom-Steckbrief</translation>
    </message>
    <message>
        <source>Flow items</source>
        <translation>Flusseinheiten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Zeit&amp;raum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No slice</source>
        <translation>Kein Kundensegment</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>%1 (from the card and the grid)</source>
        <translation>%1 (aus Steckbrief und Raster)</translation>
    </message>
    <message>
        <source>Worked out from the card and the grid.</source>
        <translation>Aus Steckbrief und Raster ermittelt.</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>No size</source>
        <translation>Keine Größe</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>Without a size the team-size rules do not apply</source>
        <translation>Ohne Größe gelten die Regeln zur Teamgröße nicht</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>Palette colour</source>
        <translation>Palettenfarbe</translation>
    </message>
    <message>
        <source>Use palette</source>
        <translation>Palette verwenden</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>How many people of each role the team has. With roles, the team&apos;s size is their sum. The map&apos;s settings hold the list.</source>
        <translation>Wie viele Personen jeder Rolle das Team hat. Mit Rollen ist die Teamgröße ihre Summe. Die Liste steht in den Karteneinstellungen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>People in the team with the role %1</source>
        <translation>Personen im Team mit der Rolle %1</translation>
    </message>
    <message>
        <source> people, the sum of roles</source>
        <translation> Personen, Summe der Rollen</translation>
    </message>
    <message>
        <source>The sum of the people in the team&apos;s roles; change the roles below</source>
        <translation>Die Summe der Personen in den Rollen des Teams; ändern Sie die Rollen weiter unten</translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamLoadTable</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Wertströme</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Hinein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Hinaus</translation>
    </message>
    <message>
        <source>Stages the team owns</source>
        <translation>Stufen, für die das Team zuständig ist</translation>
    </message>
    <message>
        <source>Streams the team owns</source>
        <translation>Wertströme, für die das Team zuständig ist</translation>
    </message>
    <message>
        <source>Handoffs in: flows from another team&apos;s stage into a stage of this team</source>
        <translation>Übergaben hinein: Flüsse aus der Stufe eines anderen Teams in eine Stufe dieses Teams</translation>
    </message>
    <message>
        <source>Handoffs out: flows from a stage of this team to another team&apos;s stage</source>
        <translation>Übergaben hinaus: Flüsse aus einer Stufe dieses Teams in die Stufe eines anderen Teams</translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamsModel</name>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 Stufe</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <source>1 stream</source>
        <translation>1 Wertstrom</translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation>%1 Wertströme</translation>
    </message>
    <message>
        <source>1 capability</source>
        <translation>1 Fähigkeit</translation>
    </message>
    <message>
        <source>%1 capabilities</source>
        <translation>%1 Fähigkeiten</translation>
    </message>
    <message>
        <source>Owns nothing yet</source>
        <translation>Noch für nichts zuständig</translation>
    </message>
    <message>
        <source>Owns %1</source>
        <translation>Zuständig für %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamsPanel</name>
    <message>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Drag a team onto a stage, stream or capability to make it the owner.</source>
        <translation>Ziehen Sie ein Team auf eine Stufe, einen Wertstrom oder eine Fähigkeit, um es zuständig zu machen.</translation>
    </message>
    <message>
        <source>Delete the team; what it owned is left without an owner</source>
        <translation>Das Team löschen; wofür es zuständig war, bleibt ohne zuständiges Team</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
</context>
<context>
    <name>sb::panels::WaitWorkChart</name>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Hours (%1-hour days)</source>
        <translation>Stunden (Tage zu %1 Stunden)</translation>
    </message>
    <message>
        <source>No stream has a lead time to show.</source>
        <translation>Kein Wertstrom hat eine Durchlaufzeit zum Anzeigen.</translation>
    </message>
    <message>
        <source>The stream has no stages yet.</source>
        <translation>Der Wertstrom hat noch keine Stufen.</translation>
    </message>
    <message>
        <source>Nothing waits: every stage&apos;s lead time is its process time.</source>
        <translation>Nichts wartet: Bei jeder Stufe ist die Durchlaufzeit gleich der Bearbeitungszeit.</translation>
    </message>
    <message>
        <source>Longest wait: stream &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>Längste Wartezeit: Wertstrom &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>Longest wait: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>Längste Wartezeit: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>Off the critical path (listed last): %1</source>
        <translation>Nicht auf dem kritischen Pfad (zuletzt aufgeführt): %1</translation>
    </message>
    <message>
        <source>%1
Work %2, wait %3</source>
        <translation>%1
Arbeit %2, Warten %3</translation>
    </message>
</context>
<context>
    <name>sb::panels::WorkItemCharts</name>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>50%: %1 d</source>
        <translation>50 %: %1 T</translation>
    </message>
    <message>
        <source>85%: %1 d</source>
        <translation>85 %: %1 T</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Items in progress</source>
        <translation>Einheiten in Arbeit</translation>
    </message>
    <message>
        <source>Flow time of the items done</source>
        <translation>Flusszeit der erledigten Einheiten</translation>
    </message>
    <message>
        <source>Cumulative flow</source>
        <translation>Kumulativer Fluss</translation>
    </message>
    <message>
        <source>Work-item aging</source>
        <translation>Alter der Arbeitseinheiten</translation>
    </message>
    <message>
        <source>Done per week</source>
        <translation>Erledigt je Woche</translation>
    </message>
    <message>
        <source>Measured from %1 work items, %2 to %3.</source>
        <translation>Gemessen an %1 Arbeitseinheiten, %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>sb::patch</name>
    <message>
        <source>no cell of slice %1 and step %2</source>
        <translation>keine Zelle mit Kundensegment %1 und Schritt %2</translation>
    </message>
    <message>
        <source>the map has a cell of this slice and step already</source>
        <translation>die Karte hat bereits eine Zelle mit diesem Kundensegment und Schritt</translation>
    </message>
    <message>
        <source>the map has a %1 with id %2 already</source>
        <translation>die Karte hat bereits ein Element vom Typ %1 mit der ID %2</translation>
    </message>
    <message>
        <source>names the element and cannot be changed</source>
        <translation>benennt das Element und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Apply a patch of 1 operation</source>
        <translation>Patch mit 1 Operation anwenden</translation>
    </message>
    <message>
        <source>Apply a patch of %1 operations</source>
        <translation>Patch mit %1 Operationen anwenden</translation>
    </message>
    <message>
        <source>unknown key; the keys here are %1</source>
        <translation>unbekannter Schlüssel; die Schlüssel hier sind %1</translation>
    </message>
    <message>
        <source>a cell has no id; name it by its “slice” and “step”</source>
        <translation>eine Zelle hat keine ID; benennen Sie sie über „slice“ und „step“</translation>
    </message>
</context>
<context>
    <name>sb::pg::Address</name>
    <message>
        <source>“%1” is not a port number</source>
        <translation>„%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>the host “%1” misses its closing bracket</source>
        <translation>dem Host „%1“ fehlt die schließende Klammer</translation>
    </message>
    <message>
        <source>“%1” is not a host and port</source>
        <translation>„%1“ ist kein Host mit Port</translation>
    </message>
    <message>
        <source>an address names one host only</source>
        <translation>eine Adresse nennt nur einen Host</translation>
    </message>
    <message>
        <source>an address holds no password: put it in ~/.pgpass or PGPASSWORD</source>
        <translation>eine Adresse enthält kein Passwort: legen Sie es in ~/.pgpass oder PGPASSWORD ab</translation>
    </message>
    <message>
        <source>“%1” is not a connection option</source>
        <translation>„%1“ ist keine Verbindungsoption</translation>
    </message>
    <message>
        <source>not a postgresql:// address</source>
        <translation>keine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>the address names no workshop: add ?workshop=NAME</source>
        <translation>die Adresse nennt keinen Workshop: ergänzen Sie ?workshop=NAME</translation>
    </message>
    <message>
        <source>the default server</source>
        <translation>der Standardserver</translation>
    </message>
</context>
<context>
    <name>sb::pg::Connection</name>
    <message>
        <source>the default user</source>
        <translation>den Standardbenutzer</translation>
    </message>
    <message>
        <source>%1 wants a password for %2: put it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1 verlangt ein Passwort für %2: legen Sie es in ~/.pgpass oder PGPASSWORD ab</translation>
    </message>
    <message>
        <source>%1 refused the password for %2</source>
        <translation>%1 hat das Passwort für %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1: the database does not exist on the server</source>
        <translation>%1: die Datenbank existiert auf dem Server nicht</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached: Qt&apos;s QPSQL driver is not installed</source>
        <translation>PostgreSQL ist nicht erreichbar: Qts QPSQL-Treiber ist nicht installiert</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1 cannot be reached: %2</source>
        <translation>der PostgreSQL-Server %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>sb::pg::Schema</name>
    <message>
        <source>the database&apos;s schema version is missing</source>
        <translation>die Schemaversion der Datenbank fehlt</translation>
    </message>
    <message>
        <source>the database holds workshops of schema version %1; this Streamboard knows version %2</source>
        <translation>die Datenbank enthält Workshops der Schemaversion %1; dieses Streamboard kennt Version %2</translation>
    </message>
</context>
<context>
    <name>sb::templates</name>
    <message>
        <source>Empty workshop</source>
        <translation>Leerer Workshop</translation>
    </message>
    <message>
        <source>One empty current-state map: start from the customer slices.</source>
        <translation>Eine leere Karte im Ist-Zustand: Beginnen Sie mit den Kundensegmenten.</translation>
    </message>
    <message>
        <source>Shopper purchase (example)</source>
        <translation>Einkauf im Onlineshop (Beispiel)</translation>
    </message>
    <message>
        <source>The method&apos;s worked example: consumer and enterprise slices, discover → compare → purchase → receive → return, a Payments supporting stream and seven teams.</source>
        <translation>Das durchgearbeitete Beispiel der Methode: Kundensegmente Privat- und Geschäftskunden, Entdecken → Vergleichen → Kaufen → Erhalten → Zurückgeben, ein unterstützender Wertstrom Zahlungen und sieben Teams.</translation>
    </message>
    <message>
        <source>Software delivery</source>
        <translation>Softwareauslieferung</translation>
    </message>
    <message>
        <source>A delivery path from idea to production: idea → build → test → deploy → operate.</source>
        <translation>Ein Lieferweg von der Idee bis in die Produktion: Idee → Bauen → Testen → Ausliefern → Betreiben.</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
</context>
</TS>
