// mediasoup 3.19 is written against libsrtp 3 (out-of-place protect/unprotect with size_t
// lengths). Debian ships libsrtp 2.5, whose functions work in place with int lengths. These
// C++ overloads give the worker the libsrtp 3 calls it uses, on top of the libsrtp 2 ones.
#pragma once

#include <srtp2/srtp.h>

#ifdef __cplusplus
#include <climits>
#include <cstring>

// libsrtp 3 added these two codes after srtp_err_status_pkt_idx_adv (27).
static constexpr srtp_err_status_t srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
static constexpr srtp_err_status_t srtp_err_status_cryptex_err = static_cast<srtp_err_status_t>(29);

namespace bilik_srtp_compat
{
	using InPlace = srtp_err_status_t (*)(srtp_t, void*, int*);

	// Copies `in` to `out` (when they differ) and runs the in-place libsrtp 2 function there.
	inline srtp_err_status_t Run(
	  InPlace fn, srtp_t ctx, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t growth)
	{
		if (inLen > INT_MAX || *outLen < inLen + growth)
			return srtp_err_status_buffer_small;
		if (out != in)
			std::memmove(out, in, inLen);
		int len = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(ctx, out, &len);
		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);
		return err;
	}
} // namespace bilik_srtp_compat

// mediasoup never uses MKI (index 0), so mki_index is accepted and ignored.
inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t /*mkiIndex*/)
{
	return bilik_srtp_compat::Run(srtp_protect, ctx, rtp, rtpLen, srtp, srtpLen, SRTP_MAX_TRAILER_LEN);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return bilik_srtp_compat::Run(srtp_unprotect, ctx, srtp, srtpLen, rtp, rtpLen, 0);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t /*mkiIndex*/)
{
	return bilik_srtp_compat::Run(
	  srtp_protect_rtcp, ctx, rtcp, rtcpLen, srtcp, srtcpLen, SRTP_MAX_TRAILER_LEN + 4);
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return bilik_srtp_compat::Run(srtp_unprotect_rtcp, ctx, srtcp, srtcpLen, rtcp, rtcpLen, 0);
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}
#endif
