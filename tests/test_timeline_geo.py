"""The map: places from the gazetteer, sized by meetings, coloured by type, drawn with nothing fetched."""

from __future__ import annotations

import json

from loaders.schema import to_frame
from timeline.events import prepare
from timeline.geo import coordinates, map_figure, marker_sizes, place_table
from timeline.synthetic import sample_event


def test_coordinates_of_cities_and_countries():
    lat, lon, kind = coordinates("Sochi")  # type: ignore[misc]
    assert kind == "city" and 43 < lat < 44 and 39 < lon < 40
    assert coordinates("New York")[2] == "city"  # type: ignore[index]
    lat, lon, kind = coordinates("Russia")  # type: ignore[misc]
    assert kind == "country" and 53 < lat < 56 and 37 < lon < 38  # by Moscow
    assert coordinates("Nowhere Land") is None and coordinates(None) is None


def test_place_table_counts_meetings_per_place():
    events = [sample_event("a", location="Sochi"), sample_event("b", location="Sochi", status="planned"),
              sample_event("c", location="Moscow", type="ministerial"), sample_event("d", location=None),
              sample_event("e", location="Xanadu-on-Sea")]
    prep = prepare(to_frame(events))
    places = place_table(prep.merged)
    assert places["place"].tolist() == ["Sochi", "Moscow"]
    sochi = places.iloc[0]
    assert (sochi["events"], sochi["held"], sochi["planned"], sochi["main_type"]) == (2, 1, 1, "summit")
    assert sorted(prep.event_ids[c] for c in sochi["codes"]) == ["a", "b"]
    fig = map_figure(places)
    spec = json.loads(fig.to_json())
    assert {tr["type"] for tr in spec["data"]} == {"scatter"}  # no geo trace: nothing to fetch from a CDN
    assert "geo" not in spec["layout"] and "mapbox" not in spec["layout"] and "map" not in spec["layout"]
    sizes = {t: float(z) for tr in fig.data if tr.text for t, z in zip(tr.text, tr.marker.size, strict=True)}
    assert sizes["Sochi"] > sizes["Moscow"]
    assert marker_sizes([1, 4])[1] == 2 * marker_sizes([1, 4])[0]


def test_hostile_place_names_are_escaped():
    # a place the gazetteer knows is drawn; text around it is escaped
    places = place_table(prepare(to_frame([sample_event(location="Sochi")])).merged)
    places.loc[0, "place"] = "<img src=x onerror=alert(1)>"
    spec = json.loads(map_figure(places).to_json())
    assert "<img" not in json.dumps(spec["data"])
