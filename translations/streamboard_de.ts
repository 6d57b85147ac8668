<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sb</name>
    <message>
        <source>“%1” is not a Streamboard workshop: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Streamboard (file version %2; this version reads up to %3). Please update Streamboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Streamboard workshop: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Streamboard workshop: it is an SQLite database without a workshop in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be locked for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another Streamboard (process %2 on %3). You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One empty current-state map: start from the customer slices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper purchase (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s worked example: consumer and enterprise slices, discover → compare → purchase → receive → return, a Payments supporting stream and seven teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery path from idea to production: idea → build → test → deploy → operate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ExportDialog</name>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer grid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streams only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select elements on the map first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title block (workshop, map, state, date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend (teams and marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile the map at 100% across pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review pack (a page per stream, comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural size (96 DPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s own size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage, stream, team, step, note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Changes not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be written to the workshop file:
%1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change is kept and will be written with the next one. If this persists, use File → Save as to write the workshop elsewhere.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future state of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved under a name yet: kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Streamboard window. Open a read-only view of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be written to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customer &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;changes against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;step (column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer s&amp;lice (row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer st&amp;ream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;upporting stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sticky &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;kaizen burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New current-state &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Derive future-state map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ma&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current vs future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*.vsmap);;Interchange JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*.vsmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Every change is written there from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the clipboard can be pasted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supporting stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New current-state map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a copy to redesign; “%2” stays as it was, as its baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the map “%1” with everything on it? Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SqliteStore</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SqliteStore::Private</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Streamboard workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::analysis</name>
    <message>
        <source>Flows of “%1” go round in a circle: %2. Mark the backward flow as rework, or remove it; lead time cannot be computed until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits less than it works: lead time %2 is shorter than process time %3. Lead time includes process time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas</name>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed since the baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage, in its owner team&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework flow (curves back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: the next stage belongs to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency on a stream, stage or capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-hop violation: on the path to a team two or more hops away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle: member (dashed) and its arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergent cell: the path forks for this slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note and kaizen burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT %1 · LT %2 · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::BackdropItem</name>
    <message>
        <source>Customers ↓   Time →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   No customer slices yet: add one from the Map menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE STREAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPABILITIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value streams yet: add one from the Map menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::CanvasView</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::CapabilityItem</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::CellItem</name>
    <message>
        <source>Intent: %1
Value: %2
Outcome: %3
Metric: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::LadderItem</name>
    <message>
        <source>wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead time: the flows go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::LaneItem</name>
    <message>
        <source>SUPPORTING STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::MapScene</name>
    <message>
        <source>1 handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage “%1” after “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage with flows stays in its stream: flows join stages of one stream. Remove its flows first, or draw a dependency instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::canvas::SliceHeaderItem</name>
    <message>
        <source>No outcome statement yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::cli</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hop violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with “%1”: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled %C&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time sums leave out streams whose flows go round in a circle: %1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, lead time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in “%1”, lead time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future-state map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-state map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time %1, process time %2, flow efficiency %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time unknown: its flows go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled %C&amp;A %1, handoffs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hops %1, teams: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation type="unfinished"></translation>
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
IN is a .vsmap workshop file or an interchange .json file.
Run “%1 COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 check found an error-level finding, 2 bad usage or unreadable/unwritable input or output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the map named NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a workshop file from an interchange JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange JSON to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workshop file must end in .vsmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a workshop, or one of its maps, to a file: interchange JSON, or the map drawn as PNG, SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop file (.vsmap) or interchange .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: .json, .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write “.%2” files; the output must end in .json, .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to PNG, SVG and PDF, not to JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no map to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports each stream&apos;s metrics and every finding of the analysis. Exits 1 when there is an error-level finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: pixels per inch, %1 to %2 (default %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG and SVG: the picture&apos;s width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: A4, A3, Letter or fit (default: A4 for PDF, fit for pictures, which are then the map&apos;s own size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the paper sideways (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the paper upright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to draw: all (default), grid (the time × customer grid) or streams (lanes and capabilities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: the map, a page per stream (card, metrics, findings) and, for a future map, the comparison with its baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: the map at 100% over as many pages as it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --dpi or --width, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi applies to PNG only; PDF and SVG are vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width applies to PNG and SVG only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width must be a positive whole number of pixels, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size “%1”: use A4, A3, Letter or fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --landscape or --portrait, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a paper size (--page A4, A3 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown content “%1”: use all, grid or streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 makes a PDF; the output must end in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --tile or --review-pack, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tile needs a paper size (--page A4, A3 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no map named “%1” (the workshop has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::cli::Subcommand</name>
    <message>
        <source>expects %1 file arguments, got %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::commands</name>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 1 element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add map “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete map “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change map settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename map to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive future-state map “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::exporting</name>
    <message>
        <source>the resolution must be between %1 and %2 DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the width must be a positive number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a width in pixels applies to PNG and SVG only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margins must be between 0 and 50 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiling is for PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review pack is a PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose either tiling or a review pack, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiling needs a paper size (A4, A3 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is selected to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — row %2 of %3, column %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · tiles overlap by %3 mm at the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture would be %1 × %2 pixels, more than a PNG export makes; lower the resolution or the width, or choose a paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPPORTING STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the flows form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings for this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value Stream Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPARISON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” compared with its baseline “%2”. Green is better, red is worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed in the future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in the future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::files</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workshop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workshop has no file to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels</name>
    <message>
        <source>Write in cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream-aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complicated subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaizen burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North-star metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies, SLAs, constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities and systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and failure modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customers, segments or jobs it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What starts the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When value is realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We win when … happens for …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one measure of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures that explain the north star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this stream makes money, if it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, service levels and limits it works under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this stream owns outright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it uses from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key capabilities and systems, owned or used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts with other streams and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it typically fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::CapabilityForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;LA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 99.9% uptime, answers within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supporting stream that offers this capability as a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::CellForm</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer is trying to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they tangibly get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know the step worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single measure you track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Divergent: the path truly forks here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::ColorField</name>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the own colour and use the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::ComparisonChart</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::ComparisonPanel</name>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This future-state map was derived from “%1”, which is no longer in this workshop, so there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive a future-state map (Map → Derive future-state map) to compare it with its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” compared with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before is the stream in “%1”, after in this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map: times are summed over the streams that have a lead time, flow efficiency is total process ÷ total lead time, rolled %C&amp;A is the streams&apos; mean, and handoffs, hops, violations and teams are summed over the streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the times (flows in a circle): %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (%1-hour days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-hop violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::DependencyForm</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::DurationField</name>
    <message>
        <source>e.g. 45m, 4h, 1d 4h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::FindingsPanel</name>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the map passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::FlowDistributionChart</name>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the streams&apos; periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Velocity&lt;/b&gt; nothing done %1; enter the stream&apos;s flow items in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Velocity&lt;/b&gt; %1 %2, %3 a week %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Load&lt;/b&gt; 1 item in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Load&lt;/b&gt; %1 items in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::FlowForm</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::HeadlineCards</name>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled %C&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time from start to finish along the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent working along the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process time ÷ lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of work that passes every stage complete and accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows between stages owned by different teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream has a lead time: flows go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over 1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over %1 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left out (flows in a circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path of 1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path of %1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work along the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total process ÷ total lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process ÷ lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean over the streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &amp; accurate at every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed over the streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of owning team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most in one stream; aim for 1 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for 1 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops to the farthest team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops to the farthest team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct teams on the streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams to coordinate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::InspectorPanel</name>
    <message>
        <source>No map open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::LegendPanel</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::MapInfoForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map this future-state map was derived from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in a day when times are typed and shown in days; a week has 5 days below 24 h and 7 at 24 h. Stored times do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams to &amp;coordinate, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More teams than this on one stream&apos;s changes is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-service &amp;streams, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capability this many streams depend on is a shared service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team size, &amp;minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller teams are flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team size, ma&amp;ximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger teams are flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: %1 · Streams: %2 · Stages: %3 · Capabilities: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::MetricsPanel</name>
    <message>
        <source>Stream without an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a map to see its metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow distribution of the items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team load: handoffs in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map: 1 stream. Select a stage to see its stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map: %1 streams. Select a stage to see its stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and work per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and work per stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::NoteForm</name>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::SliceForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segment, persona or job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We win when … happens for …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::StageForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time actually spent working on an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time from arrival to handing on, process time included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete and accurate: work the next stage can use as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%&amp;C&amp;&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time is shorter than process time by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::StepForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does at this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::StreamForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value Stream Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a size the team-size rules do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamLoadTable</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages the team owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams the team owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs in: flows from another team&apos;s stage into a stage of this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs out: flows from a stage of this team to another team&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamsModel</name>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::TeamsPanel</name>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a team onto a stage, stream or capability to make it the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team; what it owned is left without an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::panels::WaitWorkChart</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (%1-hour days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream has a lead time to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream has no stages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits: every stage&apos;s lead time is its process time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait: stream &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the critical path (listed last): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Work %2, wait %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::rules</name>
    <message>
        <source>no trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finish line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no north-star metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of %1 has %2. A customer stream needs a trigger, a finish line and a north-star metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teams must coordinate on %2: %3. No more than %4 should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on itself. Remove that dependency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements depend on each other in a circle: %2. Break one of these dependencies so that each can change and ship on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 is a handoff from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 through %3: %4 is %5 hops. A change should need at most one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stream depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, but its owner %3 is not a platform team and no supporting stream provides it. Run it as a platform service, or give it a supporting stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, but no team owns it and no supporting stream provides it. Run it as a platform service, or give it a supporting stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 has %2, fewer than %3: too few to keep its work flowing when someone is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team owns %1 and it has no SLA, yet %2. Give it an owner and agree an SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team owns %1, yet %2. Give it an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SLA, yet %2. Agree one with its owner, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is owned by %2, which owns %3, yet %4 customer streams depend on it: their work is tangled through it. Give it to a platform team or a supporting stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 has %2 people, more than %3: split it so that each team can hold its work in mind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sqlite</name>
    <message>
        <source>no upgrade from file version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgrade left a reference in table “%1” dangling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
