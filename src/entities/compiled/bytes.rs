//! The byte-level writer and reader of the compiled gazetteer's format: lengths, ids, dates, options, checked so that damaged bytes are an error, never a panic.

use super::*;

#[derive(Default)]
pub(super) struct Writer(pub(super) Vec<u8>);

impl Writer {
    pub(super) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    pub(super) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    /// A count or an index; gazetteers are far below 4 billion of anything.
    pub(super) fn len(&mut self, v: usize) {
        self.u32(v as u32);
    }

    pub(super) fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }

    pub(super) fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    pub(super) fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    /// An optional id: `u32::MAX` for none.
    pub(super) fn opt_id(&mut self, id: Option<EntityId>) {
        self.u32(id.map_or(u32::MAX, |id| id as u32));
    }

    /// An optional year or day number: `i32::MIN` for none.
    pub(super) fn opt_i32(&mut self, v: Option<i32>) {
        self.u32(v.unwrap_or(i32::MIN) as u32);
    }

    pub(super) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
}

pub(super) struct Reader<'a>(pub(super) &'a [u8]);

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if n > self.0.len() {
            return Err(DecodeError("truncated"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    pub(super) fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    pub(super) fn u32(&mut self) -> Result<u32, DecodeError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(super) fn len(&mut self) -> Result<usize, DecodeError> {
        Ok(self.u32()? as usize)
    }

    pub(super) fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.len()?;
        self.take(n)
    }

    pub(super) fn str(&mut self) -> Result<&'a str, DecodeError> {
        std::str::from_utf8(self.bytes()?).map_err(|_| DecodeError("invalid UTF-8"))
    }

    pub(super) fn u64(&mut self) -> Result<u64, DecodeError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// An entity id below `count`.
    pub(super) fn id(&mut self, count: usize) -> Result<EntityId, DecodeError> {
        let id = self.len()?;
        if id >= count {
            return Err(DecodeError("entity reference out of range"));
        }
        Ok(id)
    }

    pub(super) fn opt_id(&mut self, count: usize) -> Result<Option<EntityId>, DecodeError> {
        match self.u32()? {
            u32::MAX => Ok(None),
            id if (id as usize) < count => Ok(Some(id as usize)),
            _ => Err(DecodeError("entity reference out of range")),
        }
    }

    pub(super) fn opt_i32(&mut self) -> Result<Option<i32>, DecodeError> {
        Ok(match self.u32()? as i32 {
            i32::MIN => None,
            v => Some(v),
        })
    }

    pub(super) fn opt_date(&mut self) -> Result<Option<chrono::NaiveDate>, DecodeError> {
        match self.opt_i32()? {
            None => Ok(None),
            Some(days) => date_from_days(days)
                .map(Some)
                .ok_or(DecodeError("invalid date")),
        }
    }

    pub(super) fn opt_str(&mut self) -> Result<Option<String>, DecodeError> {
        match self.u8()? {
            0 => Ok(None),
            _ => Ok(Some(self.str()?.to_string())),
        }
    }

    pub(super) fn f64(&mut self) -> Result<f64, DecodeError> {
        let v = f64::from_bits(self.u64()?);
        if !v.is_finite() {
            return Err(DecodeError("invalid coordinate"));
        }
        Ok(v)
    }

    pub(super) fn plant(&mut self, count: usize) -> Result<PlantInfo, DecodeError> {
        let city = self.opt_str()?;
        let country = self.id(count)?;
        let operator = self.opt_str()?;
        let group = self.opt_id(count)?;
        let kind = *PlantKind::ALL
            .get(usize::from(self.u8()?))
            .ok_or(DecodeError("unknown plant kind"))?;
        let status = match self.u8()? {
            0 => PlantStatus::Active,
            1 => PlantStatus::Closed,
            _ => return Err(DecodeError("unknown plant status")),
        };
        let opened = self.opt_i32()?;
        let closed = self.opt_i32()?;
        let (lat, lon) = match self.u8()? {
            0 => (None, None),
            _ => (Some(self.f64()?), Some(self.f64()?)),
        };
        let n = self.len()?;
        let mut brands = Vec::with_capacity(n.min(self.0.len()));
        for _ in 0..n {
            brands.push(self.id(count)?);
        }
        Ok(PlantInfo {
            city,
            country,
            operator,
            group,
            kind,
            status,
            opened,
            closed,
            lat,
            lon,
            brands,
        })
    }
}
