namespace ChildrensSocialCare.Indicators.Synthetic;

internal sealed partial class ChildSimulator
{
    private const byte EventLegalStatus = 0;
    private const byte EventMove = 1;
    private const byte EventSameCarer = 2;
    private const byte EventTemporaryOut = 3;
    private const byte EventTemporaryBack = 4;

    private CareEvent[] _events = new CareEvent[32];
    private int _eventCount;

    // One period of care from `entry`: its route out, legal statuses, carers, moves, temporary placements and (for
    // adoption) the adoption records. Writes the SSDA903 episodes, chained by REC X1, and returns the day care ends.
    private int RunCare(int entry, out CareRoute route, out byte rec)
    {
        _history = true;
        var group = AgeGroup(entry);
        route = (CareRoute)_m.CareRoutes[group].Draw(ref _rng);
        int exit;
        int decision = Days.None, order = Days.None, matched = Days.None, placed = Days.None;
        switch (route)
        {
            case CareRoute.Adoption:
                // Final hearing (placement order) 6 to 16 months after entry, the agency decision before it, a match
                // and a move to the adopters, then the adoption order (England averaged about 18-20 months from entry
                // to moving in with the adoptive family around 2014).
                order = entry + _rng.Between(180, 480);
                decision = Math.Max(entry + 14, order - _rng.Between(14, 90));
                matched = order + _rng.Between(60, 330);
                placed = matched + _rng.Between(7, 42);
                exit = placed + _rng.Between(70, 330);
                break;
            case CareRoute.SpecialGuardianship:
                exit = entry + _rng.Between(240, 1095);
                break;
            case CareRoute.ChildArrangements:
                exit = entry + _rng.Between(150, 900);
                break;
            case CareRoute.ReturnHome:
                exit = entry + _m.ReturnHomeAfter.Draw(ref _rng);
                break;
            case CareRoute.UntilEighteen:
                exit = _b18;
                break;
            default:
                exit = entry + _rng.Between(30, 1460);
                break;
        }

        if (exit >= _b18)
        {
            exit = _b18;
            route = CareRoute.UntilEighteen;
            placed = Days.None;
        }

        rec = ExitCode(route, exit);
        _eventCount = 0;
        LegalStatuses(entry, exit, route, group, order);
        var current = Placements(entry, exit, route, group, placed);
        if (route == CareRoute.Adoption)
        {
            var byFosterCarer = _rng.Chance(_m.AdoptedByFosterCarer);
            if (byFosterCarer)
            {
                // Placed for adoption with the current foster carer (A3, RNE T or U): the same placement (D2I rule 217).
                AddEvent(placed, EventSameCarer, Place.A3, current);
            }
            else
            {
                AddEvent(placed, EventMove, Place.A4, NewCarer(Place.A4));
            }

            ref var adoption = ref Adoptions.Add();
            adoption.Decision = decision;
            adoption.Matched = matched;
            adoption.Placed = placed;
            adoption.Adopted = exit;
            adoption.ByFosterCarer = byFosterCarer;
            adoption.Adopters = (byte)AdopterCodes.SexWeights.Draw(ref _rng);
        }

        Temporaries(entry, exit);
        EmitEpisodes(entry, exit, rec, (byte)Need.LookedAfter.Draw(ref _rng));

        // Care leavers (SSDA903 OC3): looked after for 13 weeks after 14, and after 16; not adopted, moved away or died.
        var from14 = Math.Max(entry, _b14);
        if (exit > from14)
        {
            _careDaysFrom14 += exit - from14;
        }

        if (exit > _b16)
        {
            _inCareFrom16 = true;
            _careLeaverExcluded = rec is Rec.E2 or Rec.E3;
        }

        return exit;
    }

    private byte ExitCode(CareRoute route, int exit)
    {
        var newCodes = exit >= Model.YearStart(Codes.NewRecCodesFrom);
        var stayingPut = exit >= Model.YearStart(Codes.StayingPutCodeFrom);
        var r = _rng.Below(100);
        switch (route)
        {
            case CareRoute.Adoption:
                return r < 55 ? Rec.E11 : Rec.E12;
            case CareRoute.SpecialGuardianship:
                // To former foster carers or to others.
                return r < 50 ? (newCodes ? Rec.E45 : Rec.E43) : (newCodes ? Rec.E46 : Rec.E44);
            case CareRoute.ChildArrangements:
                return newCodes ? (r < 50 ? Rec.E47 : Rec.E48) : Rec.E41;
            case CareRoute.ReturnHome:
                return r < 80 ? Rec.E4A : r < 95 ? Rec.E4B : Rec.E13;
            case CareRoute.UntilEighteen:
                return r < 35 ? Rec.E5 : r < 45 ? Rec.E6 : r < 65 ? Rec.E8 : r < 75 ? Rec.E4A : r < 80 ? Rec.E13
                    : stayingPut ? Rec.E17 : Rec.E8;
            default:
                return r < 45 ? Rec.E8 : r < 65 ? Rec.E3 : r < 80 ? (exit >= _b12 ? Rec.E9 : Rec.E8) : r < 95 ? Rec.E13
                    : r < 97 ? Rec.E2 : exit >= _b17 ? Rec.E7 : Rec.E8;
        }
    }

    // Legal statuses: police protection or an emergency order for a few days, then an interim care order (C1) that
    // becomes a full care order (C2), or a placement order (E1) on the adoption route, at the final hearing; or section
    // 20 accommodation (V2); youth justice remand (J2) for some teenagers.
    private void LegalStatuses(int entry, int exit, CareRoute route, int group, int order)
    {
        var r = _rng.Below(100);
        byte first = route switch
        {
            CareRoute.Adoption => r < 85 ? Ls.C1 : r < 93 ? Ls.L1 : Ls.L2,
            CareRoute.SpecialGuardianship => r < 75 ? Ls.C1 : Ls.V2,
            CareRoute.ChildArrangements => r < 60 ? Ls.C1 : Ls.V2,
            CareRoute.ReturnHome => r < 55 ? Ls.V2 : r < 85 ? Ls.C1 : Ls.L1,
            CareRoute.UntilEighteen => group >= 3 ? (r < 70 ? Ls.V2 : Ls.C1) : (r < 75 ? Ls.C1 : Ls.V2),
            _ => group >= 3 ? (r < 60 ? Ls.V2 : r < 85 ? Ls.C1 : Ls.J2) : (r < 60 ? Ls.V2 : Ls.C1),
        };

        AddEvent(entry, EventLegalStatus, first, 0);
        var current = first;
        var day = entry;
        if (first is Ls.L1 or Ls.L2)
        {
            var d = entry + _rng.Between(1, 8);
            if (d >= exit)
            {
                return;
            }

            current = route is CareRoute.ReturnHome or CareRoute.Other && _rng.Below(2) == 0 ? Ls.V2 : Ls.C1;
            AddEvent(d, EventLegalStatus, current, 0);
            day = d;
        }

        if (current == Ls.V2 && _rng.Below(10) == 0)
        {
            var d = day + _rng.Between(60, 365);
            if (d >= exit)
            {
                return;
            }

            current = Ls.C1;
            AddEvent(d, EventLegalStatus, current, 0);
            day = d;
        }

        if (current == Ls.C1)
        {
            var hearing = route == CareRoute.Adoption ? order : day + _rng.Between(150, 420);
            if (hearing < exit)
            {
                AddEvent(hearing, EventLegalStatus, route == CareRoute.Adoption ? Ls.E1 : Ls.C2, 0);
            }
        }
    }

    // Carers: the first, an early move for some, then moves at a monthly hazard that depends on whether the child's
    // placements settle; foster placements may become long-term with the same carer (RNE T). Returns the carer at the
    // end (or at the move to adopters).
    private int Placements(int entry, int exit, CareRoute route, int group, int placed)
    {
        var adoption = route == CareRoute.Adoption;
        var place = (byte)(adoption ? _m.FosterPlacement : _m.FirstPlacement[group]).Draw(ref _rng);
        var carer = NewCarer(place);
        AddEvent(entry, EventMove, place, carer);
        var limit = adoption ? placed : exit;
        var settled = _rng.Chance(_m.Settled);

        if (_rng.Chance(_m.EarlyMove))
        {
            var d = entry + _rng.Between(7, 120);
            if (d < limit - 1)
            {
                carer = Move(d, adoption);
            }
        }

        var hazard = settled ? _m.SettledMonthly : _m.UnsettledMonthly;
        for (var s = entry + 121; s < limit - 1; s += 30)
        {
            if (_rng.Chance(hazard))
            {
                var d = s + _rng.Below(30);
                if (d < limit - 1 && IsFree(d, d))
                {
                    carer = Move(d, adoption);
                }
            }
        }

        carer = WithLegalStatusChanges(limit, adoption, carer);
        if (!adoption)
        {
            LongTermFostering(limit);
        }

        return carer;
    }

    // Court decisions often come with a change of placement: a move to new carers on the day of a new legal status
    // (RNE B), or, for a child in foster care, a new placement type with the same carers (RNE U).
    private int WithLegalStatusChanges(int limit, bool adoption, int carer)
    {
        var count = _eventCount;
        for (var i = 1; i < count; i++)
        {
            var day = _events[i].Day;
            if (_events[i].Kind != EventLegalStatus || day >= limit - 1 || !IsFree(day, day))
            {
                continue;
            }

            var r = _rng.Below(100);
            if (r < 10)
            {
                var next = NextMove(i, limit);
                var moved = Move(day, adoption);
                if (next == limit)
                {
                    carer = moved;
                }
            }
            else if (r < 15 && !adoption && CurrentPlacement(day) is { Kind: EventMove, Value: Place.U6 or Place.U3 } current)
            {
                AddEvent(day, EventSameCarer, current.Value == Place.U6 ? Place.U4 : Place.U1, current.Carer);
            }
        }

        return carer;
    }

    // The placement event in force on a day (the latest one before it).
    private CareEvent? CurrentPlacement(int day)
    {
        CareEvent? current = null;
        for (var j = 0; j < _eventCount; j++)
        {
            var e = _events[j];
            if (e.Kind != EventLegalStatus && e.Day < day && (current is null || e.Day > current.Value.Day))
            {
                current = e;
            }
        }

        return current;
    }

    private int Move(int day, bool adoption)
    {
        var place = (byte)(adoption ? _m.FosterPlacement : _m.NextPlacement[AgeGroup(day)]).Draw(ref _rng);
        var carer = NewCarer(place);
        AddEvent(day, EventMove, place, carer);
        return carer;
    }

    // A foster placement held for more than a year becomes long-term fostering with the same carer (U6 to U4, U3 to U1)
    // half the time.
    private void LongTermFostering(int limit)
    {
        var count = _eventCount;
        for (var i = 0; i < count; i++)
        {
            ref readonly var e = ref _events[i];
            if (e.Kind != EventMove || e.Value is not (Place.U6 or Place.U3))
            {
                continue;
            }

            var end = NextMove(i, limit);
            var length = end - e.Day;
            if (length < 400 || HasSameCarerChange(e.Carer) || _rng.Below(2) == 0)
            {
                continue;
            }

            var d = e.Day + _rng.Between(365, Math.Min(length - 14, 700));
            if (IsFree(d, d))
            {
                AddEvent(d, EventSameCarer, e.Value == Place.U6 ? Place.U4 : Place.U1, e.Carer);
            }
        }
    }

    // Temporary placements (hospital T1, foster carer's holiday T3, a few days T4) from foster placements, always
    // returning to the same carer and placement; never at the start or end of a period of care.
    private void Temporaries(int entry, int exit)
    {
        SortEvents();
        var count = _eventCount;
        for (var i = 0; i < count; i++)
        {
            var e = _events[i];
            if (e.Kind is not (EventMove or EventSameCarer) || !Place.IsFoster(e.Value))
            {
                continue;
            }

            var end = NextPlacementEvent(i, exit);
            var length = end - e.Day;
            if (length < 90)
            {
                continue;
            }

            for (var year = 0; year * 365 < length; year++)
            {
                if (!_rng.Chance(_m.TemporaryPerYear))
                {
                    continue;
                }

                var kind = _rng.Below(100);
                var place = kind < 25 ? Place.T1 : kind < 85 ? Place.T3 : Place.T4;
                var days = place == Place.T4 ? _rng.Between(1, 7) : _rng.Between(2, 14);
                var d = e.Day + _rng.Between(30, length - 30 - days);
                if (d <= entry || d + days >= exit || !IsFree(d - 2, d + days + 2) || LegalChangeBetween(d, d + days))
                {
                    continue;
                }

                AddEvent(d, EventTemporaryOut, place, NewCarer(place));
                AddEvent(d + days, EventTemporaryBack, e.Value, e.Carer);
                break;
            }
        }

        SortEvents();
    }

    private bool HasSameCarerChange(int carer)
    {
        for (var j = 0; j < _eventCount; j++)
        {
            if (_events[j].Kind == EventSameCarer && _events[j].Carer == carer)
            {
                return true;
            }
        }

        return false;
    }

    private int NextMove(int i, int limit)
    {
        var next = limit;
        for (var j = 0; j < _eventCount; j++)
        {
            if (_events[j].Kind == EventMove && _events[j].Day > _events[i].Day && _events[j].Day < next)
            {
                next = _events[j].Day;
            }
        }

        return next;
    }

    private int NextPlacementEvent(int i, int limit)
    {
        var next = limit;
        for (var j = 0; j < _eventCount; j++)
        {
            if (_events[j].Kind != EventLegalStatus && _events[j].Day > _events[i].Day && _events[j].Day < next)
            {
                next = _events[j].Day;
            }
        }

        return next;
    }

    private bool IsFree(int from, int to)
    {
        for (var j = 0; j < _eventCount; j++)
        {
            if (_events[j].Kind != EventLegalStatus && _events[j].Day >= from && _events[j].Day <= to)
            {
                return false;
            }
        }

        return true;
    }

    private bool LegalChangeBetween(int from, int to)
    {
        for (var j = 0; j < _eventCount; j++)
        {
            if (_events[j].Kind == EventLegalStatus && _events[j].Day >= from && _events[j].Day <= to)
            {
                return true;
            }
        }

        return false;
    }

    private void AddEvent(int day, byte kind, byte value, int carer)
    {
        if (_eventCount == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        _events[_eventCount++] = new CareEvent(day, kind, value, carer);
    }

    // Insertion sort by day, legal status first on a day: the lists are short and nearly sorted.
    private void SortEvents()
    {
        for (var i = 1; i < _eventCount; i++)
        {
            var e = _events[i];
            var j = i - 1;
            while (j >= 0 && (_events[j].Day > e.Day || (_events[j].Day == e.Day && _events[j].Kind > e.Kind)))
            {
                _events[j + 1] = _events[j];
                j--;
            }

            _events[j + 1] = e;
        }
    }

    // Turns the sorted events into SSDA903 episodes: a new episode on every day something changes, the previous one
    // ending with X1 that day; RNE from what changed (S first; L legal status only; P and B with a new carer; T and U
    // a new placement with the same carer).
    private void EmitEpisodes(int entry, int exit, byte rec, byte need)
    {
        var ls = Ls.V2;
        byte place = 0;
        var carer = 0;
        var i = 0;
        var first = true;
        while (i < _eventCount)
        {
            var day = _events[i].Day;
            var legalChange = false;
            var placementKind = byte.MaxValue;
            while (i < _eventCount && _events[i].Day == day)
            {
                var e = _events[i];
                if (e.Kind == EventLegalStatus)
                {
                    ls = e.Value;
                    legalChange = true;
                }
                else
                {
                    placementKind = e.Kind;
                    place = e.Value;
                    carer = e.Carer;
                }

                i++;
            }

            byte rne;
            var reason = EpisodeRow.NoReason;
            if (first)
            {
                rne = Rne.S;
            }
            else if (placementKind == byte.MaxValue)
            {
                rne = Rne.L;
            }
            else
            {
                var newCarer = placementKind != EventSameCarer;
                rne = legalChange ? (newCarer ? Rne.B : Rne.U) : (newCarer ? Rne.P : Rne.T);
                reason = placementKind switch
                {
                    EventMove => Place.IsAdoption(place) ? (byte)0 : (byte)PlaceChange.Weights.Draw(ref _rng),
                    EventSameCarer => 9,
                    _ => 10,
                };
            }

            if (!first)
            {
                ref var previous = ref Episodes[Episodes.Count - 1];
                previous.End = day;
                previous.Rec = Rec.X1;
            }

            ref var episode = ref Episodes.Add();
            episode.Start = day;
            episode.End = exit;
            episode.Rec = rec;
            episode.Rne = rne;
            episode.Ls = ls;
            episode.Place = place;
            episode.Carer = carer;
            episode.Need = need;
            episode.ChangeReason = reason;
            first = false;
        }
    }

    private int NewCarer(byte place)
    {
        var index = Carers.Count;
        ref var c = ref Carers.Add();
        switch (place)
        {
            case Place.P1:
                c.Provider = Provider.PR0;
                c.Postcode = Home;
                c.Urn = Urns.None;
                break;
            case Place.T1 or Place.T3 or Place.T4:
                c.Provider = byte.MaxValue;
                c.Postcode = 0;
                c.Urn = Urns.Blank;
                break;
            case Place.A3 or Place.A4:
                c.Provider = _rng.Below(10) < 8 ? Provider.PR1 : Provider.PR5;
                c.Postcode = Postcodes.Draw(ref _rng);
                c.Urn = Urns.None;
                break;
            case Place.K2 or Place.R1 or Place.K3:
                c.Provider = _rng.Below(100) < 30 ? Provider.PR1 : _rng.Below(100) < 93 ? Provider.PR4 : Provider.PR5;
                c.Postcode = Postcodes.Draw(ref _rng);
                c.Urn = Urns.Home(_rng.Below(Urns.Homes));
                break;
            case Place.S1:
                c.Provider = _rng.Below(2) == 0 ? Provider.PR1 : Provider.PR2;
                c.Postcode = Postcodes.Draw(ref _rng);
                c.Urn = Urns.Secure;
                break;
            case Place.H5 or Place.Z1:
                c.Provider = _rng.Below(10) < 6 ? Provider.PR4 : Provider.PR1;
                c.Postcode = Postcodes.Draw(ref _rng);
                c.Urn = Urns.None;
                break;
            default:
                // Foster carers: the authority's own fostering service, or an independent agency.
                var own = place is Place.U1 or Place.U3 || _rng.Below(100) < 60;
                c.Provider = own ? Provider.PR1 : _rng.Below(10) < 9 ? Provider.PR4 : Provider.PR5;
                c.Postcode = Postcodes.Draw(ref _rng);
                c.Urn = own ? Urns.Fostering : Urns.Agency(_rng.Below(Urns.Agencies));
                break;
        }

        return index;
    }

    // Short breaks for a disabled child: an agreed series recorded break by break (V3: 1 to 4 nights every 3 to 10
    // weeks, at most 17 days each and 75 days a year, D2I rules 365 and 367) or as one agreement (V4).
    private void ShortBreaks(int from, int to)
    {
        ShortBreakChild = true;
        var place = _rng.Below(2) == 0 ? Place.K2 : Place.U6;
        var carer = NewCarer(place);
        if (_rng.Below(10) < 3)
        {
            if (to > from + 30)
            {
                AddBreak(from, to, Ls.V4, place, carer);
            }

            return;
        }

        var d = from;
        while (true)
        {
            var nights = _rng.Between(1, 4);
            if (d + nights >= to)
            {
                return;
            }

            AddBreak(d, d + nights, Ls.V3, place, carer);
            d += nights + _rng.Between(21, 70);
        }
    }

    private void AddBreak(int start, int end, byte ls, byte place, int carer)
    {
        ref var e = ref Episodes.Add();
        e.Start = start;
        e.End = end;
        e.Rne = Rne.S;
        e.Ls = ls;
        e.Place = place;
        e.Carer = carer;
        e.Rec = Rec.E4A;
        e.Need = 2;
        e.ChangeReason = EpisodeRow.NoReason;
    }

    // OC3 rows for the care leaver's 19th, 20th and 21st birthdays that fall in the collection years.
    private void AddCareLeaverOutcomes()
    {
        if (!_inCareFrom16 || _careDaysFrom14 < 91 || _careLeaverExcluded)
        {
            return;
        }

        var died = false;
        for (var age = 19; age <= 21; age++)
        {
            var birthday = Birthday(age);
            if (birthday < _m.WindowStart || birthday > _m.WindowEnd)
            {
                continue;
            }

            ref var row = ref Leavers.Add();
            row.Year = Days.CollectionYear(birthday);
            died = died || _rng.Below(1000) < 3;
            if (died)
            {
                row.InTouch = LeaverCodes.Died;
                continue;
            }

            if (_rng.Below(100) < 2)
            {
                row.InTouch = LeaverCodes.Rhom;
                continue;
            }

            if (!_rng.Chance(_m.InTouch))
            {
                var r = _rng.Below(100);
                row.InTouch = r < 55 ? LeaverCodes.No : r < 90 ? LeaverCodes.Refu : LeaverCodes.Nreq;
                continue;
            }

            row.InTouch = LeaverCodes.Yes;
            var newCodes = row.Year >= Codes.NewActivityCodesFrom;
            row.HasActivity = true;
            row.Eet = _rng.Chance(_m.Eet);
            row.Activity = (byte)(row.Eet
                ? (newCodes ? LeaverCodes.EetNewWeights : LeaverCodes.EetOldWeights).Draw(ref _rng)
                : LeaverCodes.NeetWeights.Draw(ref _rng));
            row.HasAccommodation = true;
            row.Suitable = _rng.Chance(_m.Suitable);
            row.Accommodation = (byte)(row.Suitable ? LeaverCodes.SuitableWeights : LeaverCodes.UnsuitableWeights).Draw(ref _rng);
        }
    }

    private readonly record struct CareEvent(int Day, byte Kind, byte Value, int Carer);
}
