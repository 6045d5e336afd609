<!DOCTYPE html>
<html lang="nl">
<head><meta charset="iso-8859-1"><title>Agenda - Dorpskerk Katwijk</title></head>
<body>
<div id="kop"><img src="logo.gif" alt="Dorpskerk"></div>
<div class="agenda-lijst">
  <div class="agenda-item">
    <div class="datum">Zondag 15 maart 2026</div>
    <div class="tijden"><span class="van">10.00</span> &ndash; <span class="tot">11.30</span> uur</div>
    <h4 class="naam">Kerkdienst met doop</h4>
    <div class="info">Voorganger: ds. A. Jansen<br>Na afloop koffie in de consistorie.</div>
    <div class="plek">Dorpskerk, Voorstraat 1, 2225 ER Katwijk</div>
    <a class="meer" href="?id=231">Meer informatie</a>
  </div>
  <div class="agenda-item">
    <div class="datum">Dinsdag 18 maart 2026</div>
    <div class="tijden"><span class="van">19.30</span> &ndash; <span class="tot">21.00</span> uur</div>
    <h4 class="naam">Gespreksavond: geloven in de buurt</h4>
    <div class="plek">Het Anker, Zeeweg 20, 2225 AB Katwijk</div>
    <a class="meer" href="?id=232">Meer informatie</a>
  </div>
  <div class="agenda-item">
    <div class="datum">zaterdag 21 maart 2026</div>
    <div class="tijden"><span class="van"></span></div>
    <h4 class="naam">Rommelmarkt voor het zendingswerk</h4>
    <div class="info">Spullen brengen kan vrijdagavond. De opbrengst gaat naar het café voor vluchtelingen.</div>
    <div class="plek">Dorpskerk</div>
  </div>
</div>
</body>
</html>
