<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ByteCounter</name>
    <message>
        <source>%1 bytes in UTF-8; IPTC IIM %2 holds %3: export cuts the IIM copy of it (the XMP keeps it whole) and warns.</source>
        <translation>%1 בתים ב־UTF-8; שדה IPTC IIM %2 מכיל %3: הייצוא יקצר את עותק ה־IIM (ה־XMP שומר את הטקסט המלא) ויזהיר.</translation>
    </message>
    <message>
        <source>%1 bytes of IPTC IIM %2</source>
        <translation>%1 בתים מתוך שדה IPTC IIM %2</translation>
    </message>
</context>
<context>
    <name>CaptioningController</name>
    <message>
        <source>Photos</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <source>&amp;Photo browser</source>
        <translation>&amp;דפדפן תמונות</translation>
    </message>
    <message>
        <source>&amp;Match photos to releases…</source>
        <translation>&amp;התאמת תמונות להודעות…</translation>
    </message>
    <message>
        <source>&amp;History of the photo or release…</source>
        <translation>&amp;היסטוריה של התמונה או ההודעה…</translation>
    </message>
    <message>
        <source>Select a release or a photo first.</source>
        <translation>יש לבחור קודם הודעה או תמונה.</translation>
    </message>
    <message>
        <source>Select one photo to see its history.</source>
        <translation>יש לבחור תמונה אחת כדי לראות את ההיסטוריה שלה.</translation>
    </message>
    <message>
        <source>Select a release first.</source>
        <translation>יש לבחור קודם הודעה.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a review bundle</source>
        <translation>ייצוא חבילת סקירה</translation>
    </message>
    <message>
        <source>The selected release</source>
        <translation>ההודעה הנבחרת</translation>
    </message>
    <message numerus="yes">
        <source>All %n release(s) in the list</source>
        <translation>
            <numerusform>ההודעה היחידה ברשימה</numerusform>
            <numerusform>כל %n ההודעות ברשימה</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>Zip file</source>
        <translation>קובץ Zip</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>היכן לכתוב את החבילה</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <source>As</source>
        <translation>בתור</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>שמירה אל</translation>
    </message>
    <message>
        <source>The bundle holds an offline review page (index.html), the records as JSON and copies of the photos with captions and credits embedded. Originals are not touched.</source>
        <translation>החבילה מכילה דף סקירה לא מקוון (index.html), את הרשומות כ-JSON ועותקים של התמונות עם הכיתובים והקרדיטים מוטמעים בהם. המקוריים אינם משתנים.</translation>
    </message>
    <message>
        <source>Checking what the photo copies can carry…</source>
        <translation>בודק מה עותקי התמונות יכולים לשאת…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>הבדיקה נכשלה: %1</translation>
    </message>
    <message>
        <source>Every photo copy will carry the catalogue&apos;s values.</source>
        <translation>כל עותק של תמונה יישא את ערכי הקטלוג.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>אזהרה אחת</numerusform>
            <numerusform>%n אזהרות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 for %2: the copies will not carry these values as the catalogue has them (index.html marks them too). Fix them in the inspector first, or export anyway.</source>
        <translation>⚠ %1 עבור %2: העותקים לא יישאו ערכים אלה כפי שהם בקטלוג (גם index.html מסמן אותם). יש לתקן אותם קודם בחלונית הפרטים, או לייצא בכל זאת.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>שמירת החבילה</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>קובצי Zip‏ (*.zip)</translation>
    </message>
    <message>
        <source>Choose a parent folder</source>
        <translation>בחירת תיקיית אב</translation>
    </message>
    <message>
        <source>Choose where to write the bundle first.</source>
        <translation>יש לבחור קודם היכן לכתוב את החבילה.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>הייצוא בוטל</translation>
    </message>
    <message>
        <source>Nothing was written at %1.</source>
        <translation>דבר לא נכתב ב-%1.</translation>
    </message>
    <message>
        <source>Exporting review bundle</source>
        <translation>מייצא חבילת סקירה</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>החבילה נכתבה</translation>
    </message>
    <message>
        <source>The review bundle is at %1
%2, %3, %4 MB.</source>
        <translation>חבילת הסקירה נמצאת ב-%1
%2, %3, %4 MB.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>הודעה אחת</numerusform>
            <numerusform>%n הודעות</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>הצגה בתיקייה</translation>
    </message>
    <message>
        <source>Import review bundle</source>
        <translation>ייבוא חבילת סקירה</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>חבילות (*.zip);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>…or choose a bundle folder</source>
        <translation>…או לבחור תיקיית חבילה</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already up to date.</source>
        <translation>%1 נוספו, %2 עודכנו, %3 כבר מעודכנות.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>רשומה אחת</numerusform>
            <numerusform>%n רשומות</numerusform>
        </translation>
    </message>
    <message>
        <source>This finished an import that had stopped after %1.</source>
        <translation>בכך הושלם ייבוא שנעצר אחרי %1.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>לתשומת לב: %1.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>החבילה יובאה</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>מייבא חבילה</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <extracomment>Catalogue field name -&gt; label (photo fields as the core labels them, then release and slot fields).</extracomment>
        <translation>שם התמונה</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>כיתוב</translation>
    </message>
    <message>
        <source>Captions by language</source>
        <translation>כיתובים לפי שפה</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>טקסט חלופי</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>שורת קרדיט</translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation>הודעת זכויות יוצרים</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>צלם</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>תנאי שימוש</translation>
    </message>
    <message>
        <source>Web statement</source>
        <translation>הצהרת זכויות ברשת</translation>
    </message>
    <message>
        <source>Persons shown</source>
        <translation>אנשים בתמונה</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>מילות מפתח</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>תאריך יצירה</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Sublocation</source>
        <translation>מיקום משנה</translation>
    </message>
    <message>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <source>Province/State</source>
        <translation>מחוז/מדינה</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ארץ</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>קוד ארץ</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>הוראות</translation>
    </message>
    <message>
        <source>Caption writer</source>
        <translation>כותב הכיתוב</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>מזהה עבודה</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>יצרן המצלמה</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>דגם המצלמה</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>מנפיק</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>כתובת המקור</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <source>Photos in slots</source>
        <translation>תמונות במשבצות</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>a short name for the photo</source>
        <extracomment>The core&apos;s field hints (placeholders), by their English text.</extracomment>
        <translation>שם קצר לתמונה</translation>
    </message>
    <message>
        <source>the caption in other languages (he, en, ...)</source>
        <translation>הכיתוב בשפות אחרות (he‏, en‏, ...)</translation>
    </message>
    <message>
        <source>what the photo shows, for people who cannot see it</source>
        <translation>מה רואים בתמונה, למי שאינו יכול לראות אותה</translation>
    </message>
    <message>
        <source>separate names with ;</source>
        <translation>יש להפריד שמות ב-;</translation>
    </message>
    <message>
        <source>the address of the rights statement</source>
        <translation>כתובת הצהרת הזכויות</translation>
    </message>
    <message>
        <source>separate keywords with ;</source>
        <translation>יש להפריד מילות מפתח ב-;</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS</source>
        <translation>YYYY-MM-DD או YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>ISO 3166 code: IL, RU, US</source>
        <translation>קוד ISO 3166‏: IL‏, RU‏, US</translation>
    </message>
    <message>
        <source>when empty, export writes the release uid</source>
        <translation>אם ריק, הייצוא כותב את מזהה ההודעה</translation>
    </message>
    <message>
        <source>release text</source>
        <extracomment>Where a value came from (``catalogue.models.SOURCES``) and who changed it.</extracomment>
        <translation>טקסט ההודעה</translation>
    </message>
    <message>
        <source>file</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>תבנית קרדיט</translation>
    </message>
    <message>
        <source>user</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>חבילה</translation>
    </message>
    <message>
        <source>template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>release</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <source>import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message numerus="yes">
        <source>%n release(s) imported, %1 failed.</source>
        <translation>
            <numerusform>הודעה אחת יובאה, %1 נכשלו.</numerusform>
            <numerusform>%n הודעות יובאו, %1 נכשלו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some releases could not be imported</source>
        <translation>חלק מההודעות לא יובאו</translation>
    </message>
    <message>
        <source>Import release files</source>
        <translation>ייבוא קובצי הודעות</translation>
    </message>
    <message>
        <source>Releases (*.txt *.html *.htm);;All files (*)</source>
        <translation>הודעות (*.txt *.html *.htm);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>הוספת תמונות</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.tif *.tiff *.png *.webp *.heic)</source>
        <translation>תמונות (*.jpg *.jpeg *.tif *.tiff *.png *.webp *.heic)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — %1</source>
        <translation>היסטוריה — %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>תמונה %1</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>הודעה %1</translation>
    </message>
    <message>
        <source>Revert this value</source>
        <translation>החזרת הערך הזה</translation>
    </message>
    <message>
        <source>Put the field back to the value it had before the selected change</source>
        <translation>החזרת השדה לערך שהיה לו לפני השינוי הנבחר</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>עדיין לא נרשמו שינויים.</translation>
    </message>
    <message>
        <source>Reverting %1 to %2…</source>
        <translation>מחזיר את %1 אל %2…</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>החזרת %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>לפני</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>By</source>
        <translation>על ידי</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Headline</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>מנפיק</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Not found in the text: type it if the release gives it.</source>
        <translation>לא נמצא בטקסט: יש להקליד אותו אם ההודעה מציינת אותו.</translation>
    </message>
    <message>
        <source>The parser is not sure of this value (%1): please check it.</source>
        <translation>המפענח אינו בטוח בערך זה (%1): נא לבדוק אותו.</translation>
    </message>
    <message>
        <source>Import a release</source>
        <translation>ייבוא הודעה</translation>
    </message>
    <message>
        <source>Paste the text of a press release here, as copied from the web page…</source>
        <translation>יש להדביק כאן את טקסט ההודעה לעיתונות, כפי שהועתק מדף האינטרנט…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>כיתוב</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>קרדיט</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>זכויות יוצרים</translation>
    </message>
    <message>
        <source>same person as %1 (another script)? confirm</source>
        <translation>אותו אדם כמו %1 (בכתב אחר)? לאשר</translation>
    </message>
    <message>
        <source>same person as %1 (another spelling)? confirm</source>
        <translation>אותו אדם כמו %1 (באיות אחר)? לאשר</translation>
    </message>
    <message>
        <source>untick for a new person</source>
        <translation>ביטול הסימון: אדם חדש</translation>
    </message>
    <message>
        <source>not a name: will not be saved</source>
        <translation>אינו שם: לא יישמר</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>אדם חדש</translation>
    </message>
    <message>
        <source>known as %1</source>
        <translation>מוכר בתור %1</translation>
    </message>
    <message>
        <source>known</source>
        <translation>מוכר</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>תואר</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>לבדיקה</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo slots&lt;/b&gt; (as printed in the release)</source>
        <translation>&lt;b&gt;משבצות תמונה&lt;/b&gt; (כפי שהודפסו בהודעה)</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; — highlighted rows are suggestions to confirm</source>
        <translation>&lt;b&gt;אנשים&lt;/b&gt; — שורות מודגשות הן הצעות לאישור</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>הסרת הנבחרים</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>משתתף</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>מוזכר</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>לא ניתן לקרוא את %1 (%2).</translation>
    </message>
    <message>
        <source>Import a release — %1</source>
        <translation>ייבוא הודעה — %1</translation>
    </message>
    <message>
        <source>Check the highlighted values and correct anything, then Save.</source>
        <translation>יש לבדוק את הערכים המודגשים ולתקן לפי הצורך, ואז לשמור.</translation>
    </message>
    <message>
        <source>Check the fields, correct anything, then Save.</source>
        <translation>יש לבדוק את השדות ולתקן לפי הצורך, ואז לשמור.</translation>
    </message>
    <message>
        <source>suggested (%1): confirm or remove</source>
        <translation>הצעה (%1): לאשר או להסיר</translation>
    </message>
    <message>
        <source>The date “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>„%1” אינו תאריך: יש לכתוב אותו בצורה YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Working…</source>
        <translation>עובד…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;No releases in this catalogue yet&lt;/h3&gt;&lt;p&gt;Start with the text of a press release:&lt;/p&gt;&lt;p&gt;&lt;b&gt;File ▸ Import release text…&lt;/b&gt; (Ctrl+I) to paste it,&lt;br&gt;&lt;b&gt;File ▸ Import release files…&lt;/b&gt; to open .txt or .html files,&lt;br&gt;or drop release files onto this window.&lt;/p&gt;&lt;p&gt;Each release becomes a record with its headline, date, place, photo captions and credits, and the people who took part. Then drop its photos on the photo strip.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;אין עדיין הודעות בקטלוג הזה&lt;/h3&gt;&lt;p&gt;מתחילים בטקסט של הודעה לעיתונות:&lt;/p&gt;&lt;p&gt;&lt;b&gt;קובץ ◂ ייבוא טקסט הודעה…&lt;/b&gt; (Ctrl+I) כדי להדביק אותו,&lt;br&gt;&lt;b&gt;קובץ ◂ ייבוא קובצי הודעות…&lt;/b&gt; כדי לפתוח קובצי ‎.txt או ‎.html,&lt;br&gt;או לגרור קובצי הודעות אל החלון הזה.&lt;/p&gt;&lt;p&gt;כל הודעה הופכת לרשומה עם הכותרת, התאריך, המקום, כיתובי התמונות והקרדיטים, והאנשים שהשתתפו. אחר כך גוררים את התמונות שלה אל רצועת התמונות.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Import release text…</source>
        <translation>&amp;ייבוא טקסט הודעה…</translation>
    </message>
    <message>
        <source>Import release &amp;files…</source>
        <translation>ייבוא &amp;קובצי הודעות…</translation>
    </message>
    <message>
        <source>&amp;Add photos to release…</source>
        <translation>&amp;הוספת תמונות להודעה…</translation>
    </message>
    <message>
        <source>&amp;Export review bundle…</source>
        <translation>י&amp;צוא חבילת סקירה…</translation>
    </message>
    <message>
        <source>Import review &amp;bundle…</source>
        <translation>ייבוא &amp;חבילת סקירה…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ביצוע מחדש</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>הע&amp;דפות…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;כלים</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;אנשים…</translation>
    </message>
    <message>
        <source>&amp;Check credits</source>
        <translation>&amp;בדיקת קרדיטים</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;About pressdesk</source>
        <translation>&amp;אודות pressdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>הודעה אחת</numerusform>
            <numerusform>%n הודעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>אדם אחד</numerusform>
            <numerusform>%n אנשים</numerusform>
        </translation>
    </message>
    <message>
        <source>About pressdesk</source>
        <translation>אודות pressdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;pressdesk&lt;/b&gt;&lt;br&gt;Catalogue press releases with their photos, captions, credits and people.&lt;br&gt;&lt;br&gt;Catalogue: %1</source>
        <translation>&lt;b&gt;pressdesk&lt;/b&gt;&lt;br&gt;קטלוג הודעות לעיתונות עם התמונות, הכיתובים, הקרדיטים והאנשים שלהן.&lt;br&gt;&lt;br&gt;קטלוג: %1</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <source>taken on the event date (%1)</source>
        <extracomment>The scoring&apos;s templates (&quot;{}&quot; per value) -&gt; the same sentence with %1, %2 for Qt.</extracomment>
        <translation>צולמה ביום האירוע (%1)</translation>
    </message>
    <message>
        <source>taken a day from the event date (%1)</source>
        <translation>צולמה יום אחד מיום האירוע (%1)</translation>
    </message>
    <message>
        <source>taken %1 days from the event date</source>
        <translation>צולמה %1 ימים מיום האירוע</translation>
    </message>
    <message>
        <source>taken on %1, %2 days from the event date</source>
        <translation>צולמה ב-%1, %2 ימים מיום האירוע</translation>
    </message>
    <message>
        <source>nobody shown takes part in the release</source>
        <translation>אף אחד מהמופיעים אינו משתתף בהודעה</translation>
    </message>
    <message>
        <source>shows %1, who takes part</source>
        <translation>מופיע/ה %1, שמשתתף/ת בהודעה</translation>
    </message>
    <message>
        <source>shows %1, who take part</source>
        <translation>מופיעים %1, שמשתתפים בהודעה</translation>
    </message>
    <message>
        <source>caption %1 alike</source>
        <translation>הכיתוב דומה ב-%1</translation>
    </message>
    <message>
        <source>credit %1 agrees with the release</source>
        <translation>הקרדיט %1 תואם את ההודעה</translation>
    </message>
    <message>
        <source>credit %1 differs from %2</source>
        <translation>הקרדיט %1 שונה מ-%2</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <source>Match photos to releases</source>
        <translation>התאמת תמונות להודעות</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>מחפש תמונות…</translation>
    </message>
    <message>
        <source>Tick selected</source>
        <translation>סימון הנבחרות</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>דחיית הנבחרות</translation>
    </message>
    <message>
        <source>Attach ticked photos</source>
        <translation>צירוף התמונות המסומנות</translation>
    </message>
    <message>
        <source>Matching photos</source>
        <translation>מתאים תמונות</translation>
    </message>
    <message numerus="yes">
        <source>%n empty slot(s) with proposals; ticked ones are attached together.</source>
        <translation>
            <numerusform>משבצת ריקה אחת עם הצעות; המסומנות יצורפו יחד.</numerusform>
            <numerusform>%n משבצות ריקות עם הצעות; המסומנות יצורפו יחד.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo in the catalogue seems to belong in an empty slot.</source>
        <translation>לא נמצאה בקטלוג תמונה שנראה שמתאימה למשבצת ריקה.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n matched photo(s)</source>
        <translation>
            <numerusform>צירוף תמונה מותאמת אחת</numerusform>
            <numerusform>צירוף %n תמונות מותאמות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n photo(s) (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>צורפה תמונה אחת (עריכה ◂ ביטול מחזיר אותה).</numerusform>
            <numerusform>צורפו %n תמונות (עריכה ◂ ביטול מחזיר אותן).</numerusform>
        </translation>
    </message>
    <message>
        <source>release %1 of %2</source>
        <translation>הודעה %1 מתוך %2</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>הודעה %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>took part</source>
        <translation>השתתף</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>מוזכר</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>הוספת אדם…</translation>
    </message>
    <message>
        <source>title in this release</source>
        <translation>התואר בהודעה זו</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>משתתף</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Participant/mentioned</source>
        <translation>משתתף/מוזכר</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Tag the selected suggestions (all of them if none is selected)</source>
        <translation>תיוג ההצעות הנבחרות (כולן, אם לא נבחרה אף אחת)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <source>Suggested from the text:</source>
        <translation>הצעות מתוך הטקסט:</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; — double-click a tag to switch participant/mentioned</source>
        <translation>&lt;b&gt;אנשים&lt;/b&gt; — לחיצה כפולה על תגית מחליפה בין משתתף למוזכר</translation>
    </message>
    <message>
        <source>  (mentioned)</source>
        <translation>  (מוזכר)</translation>
    </message>
</context>
<context>
    <name>PeopleManager</name>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Find a person by name or alias…</source>
        <translation>חיפוש אדם לפי שם או כינוי…</translation>
    </message>
    <message>
        <source>Merge selected into the current person</source>
        <translation>מיזוג הנבחרים אל האדם הנוכחי</translation>
    </message>
    <message>
        <source>One alias or transliteration per line</source>
        <translation>כינוי או תעתיק אחד בכל שורה</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>תואר</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>הופעה ראשונה</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>הופעה אחרונה</translation>
    </message>
    <message>
        <source>Add title</source>
        <translation>הוספת תואר</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>שמירת האדם</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>כינויים</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>תארים</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>מוצג אדם אחד</numerusform>
            <numerusform>מוצגים %n אנשים</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, e.g. 2012-11-08.</source>
        <translation>תאריכים נכתבים בצורה YYYY-MM-DD, למשל 2012-11-08.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 נשמר.</translation>
    </message>
    <message>
        <source>Select the duplicates (Ctrl+click) besides the current person.</source>
        <translation>יש לבחור את הכפילויות (Ctrl+לחיצה) מלבד האדם הנוכחי.</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>מיזוג אנשים</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their names become aliases and their releases and photos move to this person.</source>
        <translation>למזג את %1 אל %2? שמותיהם יהפכו לכינויים, וההודעות והתמונות שלהם יעברו לאדם זה.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>מיזוג %1 אל %2</translation>
    </message>
    <message>
        <source>Merged into %1 (Edit ▸ Undo takes it back).</source>
        <translation>מוזג אל %1 (עריכה ◂ ביטול מחזיר זאת).</translation>
    </message>
</context>
<context>
    <name>PhotoBrowser</name>
    <message>
        <source>Search captions, credits, people…  (a OR b, -word)</source>
        <translation>חיפוש בכיתובים, קרדיטים, אנשים…  (a OR b‏, ‎-מילה)</translation>
    </message>
    <message>
        <source>In no release</source>
        <translation>ללא הודעה</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>עם בעיות</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>קרדיט</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>צלם</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>מילת מפתח</translation>
    </message>
    <message>
        <source>taken from YYYY-MM-DD</source>
        <translation>צולם מ-YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>עד YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Selected photos</source>
        <translation>התמונות הנבחרות</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>לא נבחר דבר</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>כיתוב</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>זכויות יוצרים</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ללא שינוי)</translation>
    </message>
    <message>
        <source>Leave empty to keep each photo&apos;s own value</source>
        <translation>ריק: כל תמונה שומרת על הערך שלה</translation>
    </message>
    <message>
        <source>Set on selected</source>
        <translation>החלה על הנבחרות</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>החלת תבנית</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>החלת קרדיט</translation>
    </message>
    <message>
        <source>Drag photos onto an empty slot of the release to attach them.</source>
        <translation>יש לגרור תמונות אל משבצת ריקה של ההודעה כדי לצרף אותן.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>Counting photos…</source>
        <translation>סופר תמונות…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation>
            <numerusform>נבחרה תמונה אחת</numerusform>
            <numerusform>נבחרו %n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n photo(s)</source>
        <translation>
            <numerusform>הגדרת %1 בתמונה אחת</numerusform>
            <numerusform>הגדרת %1 ב-%n תמונות</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply preset %1</source>
        <translation>החלת הקרדיט %1</translation>
    </message>
    <message>
        <source>Apply template %1</source>
        <translation>החלת התבנית %1</translation>
    </message>
</context>
<context>
    <name>PhotoInspector</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>התמונה הבאה</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>התמונה הקודמת</translation>
    </message>
    <message>
        <source>Values %1 (hover a label to see which)</source>
        <translation>ערכים: %1 (יש לרחף מעל שם שדה כדי לראות)</translation>
    </message>
    <message>
        <source>(different values)</source>
        <extracomment>The languages the form offers a caption in besides the default one (GPO photos are captioned in Hebrew and English; releases come in Russian too).</extracomment>
        <translation>(ערכים שונים)</translation>
    </message>
    <message>
        <source>Caption (%1)</source>
        <translation>כיתוב (%1)</translation>
    </message>
    <message>
        <source>Select a photo in the strip to see it here.</source>
        <translation>יש לבחור תמונה ברצועה כדי לראות אותה כאן.</translation>
    </message>
    <message>
        <source>Credit preset…</source>
        <translation>תבנית קרדיט…</translation>
    </message>
    <message>
        <source>Apply to selected</source>
        <translation>החלה על הנבחרות</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>תבנית קרדיט</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>תג</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>היסטוריה…</translation>
    </message>
    <message>
        <source>Each change of this photo&apos;s fields, with where it came from; revert one</source>
        <translation>כל שינוי בשדות התמונה הזו, ומאין הגיע; אפשר להחזיר ערך אחד</translation>
    </message>
    <message numerus="yes">
        <source>%n photos selected
edits apply to all of them</source>
        <translation>
            <numerusform>נבחרה תמונה אחת
העריכה חלה עליה</numerusform>
            <numerusform>נבחרו %n תמונות
העריכה חלה על כולן</numerusform>
        </translation>
    </message>
    <message>
        <source> · taken %1</source>
        <translation> · צולמה %1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>טוען תצוגה מקדימה…</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(כלום)</translation>
    </message>
    <message>
        <source>Differs from what the file embeds. The file says: %1</source>
        <translation>שונה ממה שמוטמע בקובץ. בקובץ כתוב: %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2 photos</source>
        <translation>עריכת %1 ב-%2 תמונות</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drop photo files or folders here to add them to this release.</source>
        <translation>יש לגרור לכאן קובצי תמונות או תיקיות כדי להוסיף אותם להודעה זו.</translation>
    </message>
    <message>
        <source>Select a release to see its photos.</source>
        <translation>יש לבחור הודעה כדי לראות את התמונות שלה.</translation>
    </message>
</context>
<context>
    <name>PhotosController</name>
    <message numerus="yes">
        <source>Apply preset %1 to %n photo(s)</source>
        <extracomment>how the inspector&apos;s next/previous keys move: through the strip, or through whatever else showed a photo there last (the photo browser), which sets this</extracomment>
        <translation>
            <numerusform>החלת הקרדיט %1 על תמונה אחת</numerusform>
            <numerusform>החלת הקרדיט %1 על %n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added, %1 already in the catalogue, %2 could not be read.</source>
        <translation>
            <numerusform>נוספה תמונה אחת, %1 כבר בקטלוג, %2 לא נקראו.</numerusform>
            <numerusform>נוספו %n תמונות, %1 כבר בקטלוג, %2 לא נקראו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: not a supported photo.</source>
        <translation>
            <numerusform>קובץ אחד דולג: אינו תמונה נתמכת.</numerusform>
            <numerusform>%n קבצים דולגו: אינם תמונות נתמכות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some photos could not be added</source>
        <translation>חלק מהתמונות לא נוספו</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>ברירת המחדל של המערכת (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>The new language applies when pressdesk starts again.</source>
        <translation>השפה החדשה תחול בהפעלה הבאה של pressdesk.</translation>
    </message>
</context>
<context>
    <name>ProblemTreeModel</name>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>a photo used in a release has no caption</source>
        <extracomment>Rule code -&gt; what the rule checks (``core.checks.rules.CODES``), except the codes made per field (see :func:`rule_text`).</extracomment>
        <translation>לתמונה שבשימוש בהודעה אין כיתוב</translation>
    </message>
    <message>
        <source>a photo used in a release has no credit line</source>
        <translation>לתמונה שבשימוש בהודעה אין שורת קרדיט</translation>
    </message>
    <message>
        <source>a photo used in a release has no copyright notice</source>
        <translation>לתמונה שבשימוש בהודעה אין הודעת זכויות יוצרים</translation>
    </message>
    <message>
        <source>a photo in no release has no caption</source>
        <translation>לתמונה שאינה בשום הודעה אין כיתוב</translation>
    </message>
    <message>
        <source>a photo in no release has no credit line</source>
        <translation>לתמונה שאינה בשום הודעה אין שורת קרדיט</translation>
    </message>
    <message>
        <source>a photo in no release has no copyright notice</source>
        <translation>לתמונה שאינה בשום הודעה אין הודעת זכויות יוצרים</translation>
    </message>
    <message>
        <source>the credit printed in the release contradicts the photo&apos;s</source>
        <translation>הקרדיט שהודפס בהודעה סותר את הקרדיט של התמונה</translation>
    </message>
    <message>
        <source>the photo&apos;s credit names no agency the desk accepts</source>
        <translation>הקרדיט של התמונה אינו נוקב בסוכנות שהדלפק מקבל</translation>
    </message>
    <message>
        <source>a photographer is not in the house list</source>
        <translation>צלם אינו ברשימת הבית</translation>
    </message>
    <message>
        <source>the credit is not written in the house list&apos;s canonical form</source>
        <translation>הקרדיט אינו כתוב בצורה הקנונית של רשימת הבית</translation>
    </message>
    <message>
        <source>the copyright breaks the credited agency&apos;s rule</source>
        <translation>זכויות היוצרים מפרות את הכלל של הסוכנות בקרדיט</translation>
    </message>
    <message>
        <source>the caption names a person not tagged as shown</source>
        <translation>הכיתוב נוקב באדם שאינו מתויג כמופיע בתמונה</translation>
    </message>
    <message>
        <source>a person shown is not a participant of the release</source>
        <translation>אדם שמופיע בתמונה אינו משתתף בהודעה</translation>
    </message>
    <message>
        <source>a photo slot of the release has no photo attached</source>
        <translation>למשבצת תמונה בהודעה לא צורפה תמונה</translation>
    </message>
    <message>
        <source>one photo is credited differently in two releases</source>
        <translation>אותה תמונה מקבלת קרדיט שונה בשתי הודעות</translation>
    </message>
    <message>
        <source>the %1 differs from the file&apos;s own</source>
        <translation>%1 שונה ממה שבקובץ עצמו</translation>
    </message>
    <message>
        <source>the %1 exceeds the IIM limit of %2 bytes</source>
        <translation>%1 חורג ממגבלת ה-IIM של %2 בתים</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>הודעה %1</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>משבצת %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>תמונה %1</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>קטלוג</translation>
    </message>
</context>
<context>
    <name>ProblemsController</name>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>Checking credits</source>
        <translation>בודק קרדיטים</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>תיקון: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>This release</source>
        <extracomment>Each rule with the first page of its problems. In another language than English, rules and places are shown translated (the checks&apos; English sentences go to the tooltip).</extracomment>
        <translation>ההודעה הזו</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>כל הקטלוג</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>שגיאות ואזהרות</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>שגיאות בלבד</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>אזהרות בלבד</translation>
    </message>
    <message>
        <source>Filter problems…</source>
        <translation>סינון בעיות…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>Apply the suggested fix of the selected problem</source>
        <translation>החלת התיקון המוצע לבעיה הנבחרת</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>בדיקה חוזרת</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>קטלוג</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>הודעה %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n photo(s) checked in %1 s)</source>
        <translation>
            <numerusform>(תמונה אחת נבדקה ב-%1 שניות)</numerusform>
            <numerusform>(%n תמונות נבדקו ב-%1 שניות)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 in %3 %4</source>
        <translation>%1, %2 ב%3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>שגיאה אחת</numerusform>
            <numerusform>%n שגיאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>אזהרה אחת</numerusform>
            <numerusform>%n אזהרות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Release</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Caption printed in the release</source>
        <translation>הכיתוב שהודפס בהודעה</translation>
    </message>
    <message>
        <source>Proposed photo</source>
        <translation>התמונה המוצעת</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>מדוע</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(ללא תמונה)</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>from a credit preset</source>
        <translation>מתבנית קרדיט</translation>
    </message>
    <message>
        <source>from a one-click fix</source>
        <translation>מתיקון בלחיצה</translation>
    </message>
    <message>
        <source>from a review bundle</source>
        <translation>מחבילת סקירה</translation>
    </message>
    <message>
        <source>from a template</source>
        <translation>מתבנית</translation>
    </message>
    <message>
        <source>from the people authority</source>
        <translation>ממאגר האנשים</translation>
    </message>
    <message>
        <source>from the release (its date/place)</source>
        <translation>מההודעה (התאריך והמקום שלה)</translation>
    </message>
    <message>
        <source>from the release text</source>
        <translation>מטקסט ההודעה</translation>
    </message>
    <message>
        <source>read from the file</source>
        <translation>נקרא מהקובץ</translation>
    </message>
    <message>
        <source>typed by a person</source>
        <translation>הוקלד בידי אדם</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>History…</source>
        <translation>היסטוריה…</translation>
    </message>
    <message>
        <source>Each change of this release&apos;s fields, with where it came from; revert one</source>
        <translation>כל שינוי בשדות ההודעה הזו, ומאין הגיע; אפשר להחזיר ערך אחד</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, e.g. 2012-11-08.</source>
        <translation>„%1” אינו תאריך: יש לכתוב אותו בצורה YYYY-MM-DD, למשל 2012-11-08.</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;כותרת</translation>
    </message>
    <message>
        <source>Title of the release as published</source>
        <translation>כותרת ההודעה כפי שפורסמה</translation>
    </message>
    <message>
        <source>Su&amp;bheadline</source>
        <translation>כותרת &amp;משנה</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;תקציר</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;מנפיק</translation>
    </message>
    <message>
        <source>Office that communicated it</source>
        <translation>המשרד שהפיץ אותה</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;תאריך</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>מ&amp;קום</translation>
    </message>
    <message>
        <source>Text of the release</source>
        <translation>טקסט ההודעה</translation>
    </message>
</context>
<context>
    <name>ReleaseListController</name>
    <message>
        <source>Search releases…  (Ctrl+F)</source>
        <translation>חיפוש הודעות…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>כל המנפיקים</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>מ-YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>עד YYYY-MM-DD</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>עם בעיות</translation>
    </message>
    <message>
        <source>Only releases the photo-desk checks find problems in</source>
        <translation>רק הודעות שבדיקות דלפק התמונות מוצאות בהן בעיות</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, e.g. 2012-11-08.</source>
        <translation>תאריכים נכתבים בצורה YYYY-MM-DD, למשל 2012-11-08.</translation>
    </message>
</context>
<context>
    <name>ReleaseTableModel</name>
    <message>
        <source>Headline</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>מנפיק</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(ללא כותרת)</translation>
    </message>
</context>
<context>
    <name>SlotDelegate</name>
    <message>
        <source>No photo yet
drop a file here</source>
        <translation>אין עדיין תמונה
יש לגרור לכאן קובץ</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>(no caption)</source>
        <translation>(ללא כיתוב)</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>תמונה %1</translation>
    </message>
    <message>
        <source>Published caption: %1</source>
        <translation>כיתוב שפורסם: %1</translation>
    </message>
    <message>
        <source>Published credit: %1 · © %2</source>
        <translation>קרדיט שפורסם: %1 · © %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>קובץ: %1</translation>
    </message>
    <message>
        <source>No file yet: drop a photo here.</source>
        <translation>אין עדיין קובץ: יש לגרור לכאן תמונה.</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>(different values) add to all…</source>
        <translation>(ערכים שונים) הוספה לכולן…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation>הסרת התגיות הנבחרות (Delete)</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>Arrange photos</source>
        <translation>סידור תמונות</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>עריכת משתתפים</translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>עריכת תמונה</translation>
    </message>
    <message>
        <source>Adding photos</source>
        <translation>מוסיף תמונות</translation>
    </message>
    <message>
        <source>Importing releases</source>
        <translation>מייבא הודעות</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>The catalogue cannot be opened.

%1</source>
        <translation>לא ניתן לפתוח את הקטלוג.

%1</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>(no photo)</source>
        <translation>(ללא תמונה)</translation>
    </message>
</context>
</TS>
